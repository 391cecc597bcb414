using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mirsad.Core.Articles;
using Mirsad.Search.Lucene;

namespace Mirsad.Cli;

/// <summary><c>mirsad reindex</c>: rebuilds the search index from the store.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Rebuild the search index from the store.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var index = services.GetRequiredService<LuceneSearchIndex>();
            if (!index.IsWritable)
            {
                await context.Error.WriteLineAsync($"mirsad reindex: the index at {index.Path} is held by a running `mirsad serve`; stop it first.");
                return ExitCodes.PartialFailure;
            }

            var clock = Stopwatch.StartNew();
            var count = await services.GetRequiredService<ArticleArchive>().RebuildAsync(null, cancellationToken);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"reindexed changes={count} documents={index.Count} seconds={clock.Elapsed.TotalSeconds:F1}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
