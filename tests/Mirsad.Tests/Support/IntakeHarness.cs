using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Ingest;
using Mirsad.Core.Sources;
using Mirsad.Hosting;

namespace Mirsad.Tests.Support;

/// <summary>
/// The intake over a fresh data directory, with settings that keep tests fast (one retry, quick backoff)
/// and let it reach the loopback test server (the intake refuses local addresses by default). The
/// timeout stays generous: at a load of 50 on two cores a 1 s one expired on robots.txt and failed a
/// whole round; the test of timeouts sets its own.
/// </summary>
internal sealed class IntakeHarness : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string?> FastSettings = new Dictionary<string, string?>
    {
        ["Mirsad:Intake:Timeout"] = "00:00:15",
        ["Mirsad:Intake:Retries"] = "1",
        ["Mirsad:Intake:RetryDelay"] = "00:00:00.010",
        ["Mirsad:Intake:MaxFeedBytes"] = "1000000",
        ["Mirsad:Intake:MaxPageBytes"] = "1000000",
        ["Mirsad:Intake:MaxParallelSources"] = "1",
        ["Mirsad:Intake:AllowPrivateNetworks"] = "true",
    };

    private readonly TempDataDirectory _data = new();

    public IntakeHarness(IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>(FastSettings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var services = new ServiceCollection().AddLogging();
        services.AddMirsad(new MirsadPaths(_data.Path), new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public string DataDirectory => _data.Path;

    public IMonitoredItemStore Items => Services.GetRequiredService<IMonitoredItemStore>();

    public ISourceRegistry Registry => Services.GetRequiredService<ISourceRegistry>();

    public async Task<string> AddSourceAsync(string name, string feed, string language = "ar", string? leaning = null)
    {
        var (slug, problems) = await Services.GetRequiredService<SourceRegistrar>().RegisterAsync(
            new SourceRegistration { Name = name, Feeds = [feed], Language = language, Leaning = leaning }, TestContext.Current.CancellationToken);
        Assert.True(slug is not null, string.Join("; ", problems));
        return slug!;
    }

    public Task<IReadOnlyList<SourceRoundResult>> RoundAsync() =>
        Services.GetRequiredService<IntakeRunner>().RunAsync(dueOnly: false, onSource: null, TestContext.Current.CancellationToken);

    public async Task<List<MonitoredItem>> AllItemsAsync(string? source = null)
    {
        var page = await Items.ListAsync(new Core.Ingest.Desk.DeskQuery { Source = source, PageSize = 1000 }, TestContext.Current.CancellationToken);
        var full = new List<MonitoredItem>();
        foreach (var item in page.Items)
        {
            full.Add((await Items.GetAsync(item.Id, TestContext.Current.CancellationToken))!);
        }

        return full;
    }

    public void Dispose()
    {
        Services.Dispose();
        _data.Dispose();
    }
}
