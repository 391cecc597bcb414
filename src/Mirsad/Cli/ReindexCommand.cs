using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mirsad.Core.Articles;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad reindex</c>: rebuilds the search index from the store. When another process writes the
/// index (a running <c>mirsad serve</c>), that process is asked to rebuild it and this command waits.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Rebuild the search index from the store (a running `mirsad serve` is asked to do it).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!await context.CanWriteAsync(parse, "reindex"))
            {
                return ExitCodes.Environment;
            }

            using var services = context.Services(parse);
            var archive = services.GetRequiredService<ArticleArchive>();
            var clock = Stopwatch.StartNew();
            var count = await archive.ReindexAsync(
                reason => context.Error.WriteLine($"note: {reason}; it has been asked to rebuild the index, and this command waits until it has."),
                null,
                cancellationToken);
            var by = count is { } changes ? string.Create(CultureInfo.InvariantCulture, $"changes={changes}") : "by=other-process";
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"reindexed {by} documents={archive.Index.Count} seconds={clock.Elapsed.TotalSeconds:F1}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
