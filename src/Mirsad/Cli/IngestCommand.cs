using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Mirsad.Core.Ingest;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad ingest --once</c>: one intake round over every active source; one line per source (new
/// items, duplicates, errors). Exit 0 even when sources failed: their errors are recorded on them.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var once = new Option<bool>("--once") { Description = "Poll every active source once, then stop" };
        var command = new Command("ingest", "Poll the sources' feeds and read their new stories.") { once };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(once))
            {
                await context.Error.WriteLineAsync("mirsad ingest: give --once for one round; `mirsad serve` polls due sources in the background.");
                return ExitCodes.Usage;
            }

            using var services = context.Services(parse);
            try
            {
                _ = services.GetRequiredService<IOptions<IntakeOptions>>().Value;
            }
            catch (OptionsValidationException e)
            {
                await context.Error.WriteLineAsync("mirsad ingest: invalid Mirsad:Intake settings: " + string.Join("; ", e.Failures));
                return ExitCodes.Usage;
            }

            var clock = Stopwatch.StartNew();
            var results = await services.GetRequiredService<IntakeRunner>().RunAsync(dueOnly: false, onSource: null, cancellationToken);
            foreach (var result in results)
            {
                await context.Out.WriteLineAsync(result.ToLine());
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var read = results.Sum(r => r.New + r.Duplicates);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"round sources={results.Count} new={results.Sum(r => r.New)} duplicates={results.Sum(r => r.Duplicates)} errors={results.Sum(r => r.Errors)} seconds={seconds:F1} items_per_s={(seconds > 0 ? read / seconds : 0):F1}"));
            if (results.Count == 0)
            {
                await context.Error.WriteLineAsync("no active source with an active feed: add one with `mirsad sources add --name NAME --feed URL`.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
