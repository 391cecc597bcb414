using Microsoft.Extensions.Options;
using Mirsad.Core.Ingest;

namespace Mirsad.Web;

/// <summary>
/// Polls due sources while the site runs: every check interval, a round over the sources whose poll
/// interval has passed. A round that fails is logged and the next check tries again; stopping the
/// site stops the round, and what it stored stays stored.
/// </summary>
internal sealed class IntakePoller(IntakeRunner runner, IOptions<IntakeOptions> options, TimeProvider time, ILogger<IntakePoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Poll)
        {
            logger.LogInformation("Background polling is off (Mirsad:Intake:Poll = false)");
            return;
        }

        using var timer = new PeriodicTimer(o.PollCheckInterval, time);
        do
        {
            await RoundAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One check: a round over the due sources, if any.</summary>
    internal async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await runner.AnyDueAsync(stoppingToken))
            {
                return;
            }

            var results = await runner.RunAsync(dueOnly: true, onSource: null, stoppingToken);
            logger.LogInformation("Intake round: {Sources} sources, {New} new, {Duplicates} duplicates, {Errors} errors",
                results.Count, results.Sum(r => r.New), results.Sum(r => r.Duplicates), results.Sum(r => r.Errors));
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Intake round failed; the next check tries again");
        }
    }
}
