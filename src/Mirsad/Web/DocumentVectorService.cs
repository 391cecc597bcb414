using Microsoft.Extensions.Options;
using Mirsad.Core.Search.Semantic;

namespace Mirsad.Web;

/// <summary>
/// Runs the <see cref="DocumentVectorFollower"/> while the site runs, so articles stored by an import, the
/// intake or the newsroom get their meaning vectors (for the hybrid re-rank of described needs) a few
/// seconds later; until an article has one, queries whose best matches include it keep the index's order.
/// </summary>
internal sealed class DocumentVectorService(DocumentVectorFollower follower, IOptions<DocumentVectorOptions> options, ILogger<DocumentVectorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Vectors)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await follower.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not compute article vectors; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
