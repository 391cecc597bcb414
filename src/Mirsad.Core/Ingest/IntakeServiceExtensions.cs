using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Desk;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Ingest.Stories;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Ingest;

/// <summary>Registers the newsroom's intake: polite fetching, polling, extraction, de-duplication and the desk's use cases.</summary>
public static class IntakeServiceExtensions
{
    /// <summary>
    /// Adds the intake. Options come from <paramref name="configure"/> (the host binds the
    /// "Mirsad:Intake" section) and are validated when first used. The stores come from the storage project.
    /// </summary>
    public static IServiceCollection AddMirsadIntake(this IServiceCollection services, Action<OptionsBuilder<IntakeOptions>>? configure = null)
    {
        // Arabic sites often serve windows-1256; .NET knows it only through the code-pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var options = services.AddOptions<IntakeOptions>().ValidateDataAnnotations();
        configure?.Invoke(options);
        services.AddHttpClient(PoliteFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // followed by hand: counted, and robots.txt asked at each hop
                ConnectCallback = provider.GetRequiredService<PublicAddressGuard>().ConnectAsync,
                UseProxy = false, // through a proxy the connect step would check the proxy's address, not the outlet's
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = provider.GetRequiredService<IOptions<IntakeOptions>>().Value.Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 2,
                UseCookies = false,
            });
        services.AddSingleton<PublicAddressGuard>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<PoliteFetcher>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<StoryGrouper>();
        services.AddSingleton<ItemFinisher>();
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<IntakeRunner>();
        services.AddSingleton<SourceRegistrar>();
        services.AddSingleton<StoryTaker>();
        return services;
    }
}
