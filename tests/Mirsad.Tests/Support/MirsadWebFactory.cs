using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Mirsad.Hosting;

namespace Mirsad.Tests.Support;

/// <summary>The real web application over a fresh data directory (the demo corpus loads on start).</summary>
public sealed class MirsadWebFactory : WebApplicationFactory<Program>
{
    private readonly TempDataDirectory _data = new();
    private readonly Dictionary<string, string> _settings = new()
    {
        ["Mirsad:Newsroom:LoginAttemptsPerMinute"] = "1000",
        ["Mirsad:Keywords:Refine"] = "false", // the model would re-rank the demo corpus beside every test; KeywordRefinementServiceTests turn it on
        ["Mirsad:Search:Vectors"] = "false", // likewise the articles' meaning vectors
    };

    /// <summary>Overrides a configuration setting (call before the first request).</summary>
    public MirsadWebFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(MirsadPaths.ConfigurationKey, _data.Path);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
