using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Mirsad.Hosting;

namespace Mirsad.Tests.Support;

/// <summary>The real web application over a fresh data directory (the demo corpus loads on start).</summary>
public sealed class MirsadWebFactory : WebApplicationFactory<Program>
{
    private readonly TempDataDirectory _data = new();

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(MirsadPaths.ConfigurationKey, _data.Path);
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
