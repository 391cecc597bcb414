using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Mirsad.Hosting;
using Mirsad.Web;

namespace Mirsad.BrowserTests;

/// <summary>
/// The real site on a loopback port (Kestrel, fresh data directory, demo corpus) and Debian's Chromium
/// driven by Playwright. Nothing is downloaded: the browser is /usr/bin/chromium (or $MIRSAD_CHROMIUM).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("mirsad-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>Where a test saves a screenshot (screenshots/ beside the test binaries).</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("MIRSAD_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run .ci/run (it installs Debian's chromium) or set MIRSAD_CHROMIUM.");
        }

        _app = MirsadWebApp.Build(["--Mirsad:Keywords:Refine=false", "--Mirsad:Intake:AllowPrivateNetworks=true"], new MirsadPaths(_data), "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
