using System.CommandLine;
using System.Globalization;
using Mirsad.Core.Relevance;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad bench relevance --docs D --queries Q --qrels R</c>: imports a test collection into a
/// temporary directory, runs its queries as <c>mirsad search --format trec</c> does and scores the run;
/// <c>mirsad bench score --qrels R --run RUN</c> scores any TREC run (another engine's) the same way.
/// </summary>
internal static class BenchRelevanceCommand
{
    public static Command Relevance(CliContext context)
    {
        var docs = new Option<string>("--docs") { Description = "JSON Lines documents {id, title, text}, plain or .gz", Required = true };
        var queries = new Option<string>("--queries") { Description = "JSON Lines of {id, text}", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "Judgments: query doc grade (TSV, header allowed) or TREC qrels", Required = true };
        var top = new Option<int>("--top") { Description = "Results per query", DefaultValueFactory = _ => 100 };
        var runOut = new Option<string?>("--run") { Description = "Also write the TREC run to this file" };
        var command = new Command("relevance", "Import a test collection, run its queries and print MAP, P@10 and nDCG@10.") { docs, queries, qrels, top, runOut };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var judgments = ReadJudgments(parse.GetValue(qrels)!);
            await using var workspace = new BenchWorkspace();
            var (imported, _) = await workspace.ImportAsync([parse.GetValue(docs)!], context.Error, cancellationToken);
            var lines = QueryLines.Read(parse.GetValue(queries)!, message => context.Error.WriteLine(message));
            var rankings = new List<(string, IReadOnlyList<string>)>();
            await using var run = parse.GetValue(runOut) is { } path ? File.CreateText(path) : null;
            foreach (var (id, text) in lines)
            {
                var hits = SearchCommand.RankedSearch(workspace.Index, text, parse.GetValue(top));
                rankings.Add((id, hits.Select(h => h.Id).ToList()));
                for (var i = 0; run is not null && i < hits.Count; i++)
                {
                    await run.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{id} Q0 {hits[i].Id} {i + 1} {hits[i].Score:F4} mirsad"));
                }
            }

            var scores = RelevanceScorer.Score(judgments, RankedRun.From(rankings));
            await context.Out.WriteLineAsync(Line($"docs={imported} ", scores));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Score(CliContext context)
    {
        var qrels = new Option<string>("--qrels") { Description = "Judgments: query doc grade (TSV, header allowed) or TREC qrels", Required = true };
        var run = new Option<string>("--run") { Description = "TREC run: QID Q0 DOCID RANK SCORE TAG", Required = true };
        var command = new Command("score", "Score a TREC run: MAP, P@10 and nDCG@10.") { qrels, run };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var reader = File.OpenText(parse.GetValue(run)!);
            var scores = RelevanceScorer.Score(ReadJudgments(parse.GetValue(qrels)!), RankedRun.Parse(reader));
            await context.Out.WriteLineAsync(Line(string.Empty, scores));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static RelevanceJudgments ReadJudgments(string path)
    {
        using var reader = File.OpenText(path);
        return RelevanceJudgments.Parse(reader);
    }

    private static string Line(string prefix, RelevanceScores s) => string.Create(
        CultureInfo.InvariantCulture,
        $"relevance {prefix}queries={s.Queries} map={s.MeanAveragePrecision:F4} p10={s.PrecisionAt10:F4} ndcg10={s.NdcgAt10:F4} recall100={s.RecallAt100:F4}");
}
