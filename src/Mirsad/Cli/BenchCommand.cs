using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mirsad.Core.Search;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad bench search --corpus FILE --queries FILE [--repeat N]</c>: imports the corpus into a
/// temporary data directory through the normal import path, then times the queries single-threaded
/// (one warm-up pass, N timed passes; Mirsad has no result cache to turn off).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context) => new("bench", "Benchmarks that print numbers.")
    {
        Search(context),
        BenchExtractCommand.Create(context),
        BenchRelevanceCommand.Relevance(context),
        BenchRelevanceCommand.Score(context),
        BenchScaleCommand.Create(context),
        BenchKeywordsCommand.Create(context),
        BenchStoriesCommand.Create(context),
    };

    private static Command Search(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "JSON Lines corpus, plain or .gz", Required = true };
        var queries = new Option<string>("--queries") { Description = "JSON Lines of {id, text}", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes", DefaultValueFactory = _ => 3 };
        var command = new Command("search", "Index a corpus and time searches.") { corpus, queries, repeat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = new BenchWorkspace();
            var (imported, seconds) = await workspace.ImportAsync([parse.GetValue(corpus)!], context.Error, cancellationToken);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"index docs={imported} seconds={seconds:F2} docs_per_s={imported / seconds:F0}"));

            var texts = QueryLines.Read(parse.GetValue(queries)!, message => context.Error.WriteLine(message)).Select(q => q.Text).ToList();
            var passes = Math.Max(1, parse.GetValue(repeat));
            await context.Out.WriteLineAsync(Time("search", workspace.Index, texts, passes, full: false));
            await context.Out.WriteLineAsync(Time("search-full", workspace.Index, texts, passes, full: true));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Time(string label, ISearchIndex index, List<string> texts, int passes, bool full)
    {
        var requests = texts.Select(t => new SearchRequest { Query = t, PageSize = 10, Snippets = full, Facets = full, Suggest = full }).ToList();
        foreach (var request in requests)
        {
            index.Search(request); // warm-up pass
        }

        var latencies = new long[requests.Count * passes];
        var total = Stopwatch.StartNew();
        var n = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var request in requests)
            {
                var start = Stopwatch.GetTimestamp();
                index.Search(request);
                latencies[n++] = Stopwatch.GetTimestamp() - start;
            }
        }

        var elapsed = total.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        double Micros(double q) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(q * latencies.Length) - 1)] * 1_000_000.0 / Stopwatch.Frequency;
        return string.Create(CultureInfo.InvariantCulture, $"{label} queries={latencies.Length} qps={latencies.Length / elapsed:F0} p50_us={Micros(0.50):F0} p99_us={Micros(0.99):F0}");
    }
}
