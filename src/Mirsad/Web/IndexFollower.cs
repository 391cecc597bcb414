using Mirsad.Core.Articles;

namespace Mirsad.Web;

/// <summary>
/// Keeps the index following the store while the site runs: articles written by another process
/// (a CLI import while the site holds the index) are indexed within seconds, and a rebuild another
/// process asked for is carried out. While another process writes the index, the site follows that
/// writer's commits, and becomes the writer as soon as it lets go.
/// </summary>
internal sealed class IndexFollower(ArticleArchive archive, ILogger<IndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await archive.SyncAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not bring the search index up to date; will retry");
            }
        }
    }
}
