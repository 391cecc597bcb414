using Mirsad.Core.Articles;
using Mirsad.Search.Lucene;

namespace Mirsad.Web;

/// <summary>
/// Keeps the index following the store while the site runs: articles written by another process
/// (a CLI import while the site holds the index) are indexed within seconds; a read-only index
/// picks up the writer's commits.
/// </summary>
internal sealed class IndexFollower(ArticleArchive archive, LuceneSearchIndex index, ILogger<IndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (index.IsWritable)
                {
                    await archive.SyncAsync(stoppingToken);
                }
                else
                {
                    index.Refresh();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not bring the search index up to date; will retry");
            }
        }
    }
}
