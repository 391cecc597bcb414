using Microsoft.Extensions.Options;
using Mirsad.Core.Articles;
using Mirsad.Demo;
using Mirsad.Hosting;

namespace Mirsad.Web;

/// <summary>Before the site takes requests: bring the index in step with the store, and load the demo into an empty data directory.</summary>
internal sealed class StartupTasks(ArticleArchive archive, DemoCorpus demo, IOptions<SiteOptions> options, ServingMode mode, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.IsReadOnly)
        {
            logger.LogWarning("Serving read-only: {Reason}. The reader's site and search work; the newsroom, intake and background keyword work are off", mode.ReadOnlyReason);
        }

        await archive.SyncAsync(cancellationToken);
        if (options.Value.LoadDemo && !mode.IsReadOnly)
        {
            await demo.LoadIfEmptyAsync(cancellationToken);
        }

        logger.LogInformation("Search index holds {Count} articles", archive.Index.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
