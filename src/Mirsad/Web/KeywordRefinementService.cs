using Microsoft.Extensions.Options;
using Mirsad.Core.Keywords.Refinement;

namespace Mirsad.Web;

/// <summary>
/// Runs the <see cref="KeywordRefiner"/> while the site runs: articles stored by an import (the CLI's
/// too), the intake or the newsroom get their keywords re-ranked by meaning a few seconds later, and
/// their pages, index entries and keyword pages follow. Import itself never waits for the model.
/// </summary>
internal sealed class KeywordRefinementService(KeywordRefiner refiner, IOptions<KeywordRefinementOptions> options, ILogger<KeywordRefinementService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Refine)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await refiner.CatchUpAsync(options.Value.BackfillLimit, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not refine keywords; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
