using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Evaluation;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad keywords eval GOLD.jsonl [--top K] [--refine embeddings|none]</c>: extracts keywords for each {id, title?, text,
/// keyphrases} line and prints precision, recall and F1 at 5 and 10 (and K) under the standard
/// keyphrase protocol (<see cref="KeyphraseEvaluator"/>), plus the extraction time per document.
/// </summary>
internal static class KeywordsEvalCommand
{
    /// <summary>The <c>--refine</c> value that re-ranks with sentence embeddings.</summary>
    public const string RefineEmbeddings = "embeddings";

    /// <summary>The <c>--refine</c> value that keeps the fast extractor's order.</summary>
    public const string RefineNone = "none";

    /// <summary>
    /// <c>--refine embeddings|none</c>, embeddings by default: the keywords an article ends up with on the site
    /// (the extractor's at import, re-ranked by meaning in the background moments later).
    /// </summary>
    public static Option<string> RefineOption()
    {
        var option = new Option<string>("--refine")
        {
            Description = "'embeddings' (default): re-rank by meaning as the site does in the background (all-MiniLM-L6-v2, some 40 ms a document); 'none': the fast extractor alone, as at import",
            DefaultValueFactory = _ => RefineEmbeddings,
        };
        option.AcceptOnlyFromAmong(RefineEmbeddings, RefineNone);
        return option;
    }

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("GOLD") { Description = "JSON Lines of {id, title?, text, keyphrases}" };
        var top = new Option<int?>("--top") { Description = "Also report this cut-off (besides 5 and 10)" };
        var details = new Option<string?>("--details") { Description = "Also write each document's keyphrases, matched or not, and the gold ones missed, as JSON Lines to this file" };
        var refineOption = RefineOption();
        var command = new Command("eval", "Measure extracted keywords against gold keyphrases (P/R/F1 at 5 and 10, stemmed exact match).") { file, top, details, refineOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var cutoffs = KeyphraseEvaluator.DefaultCutoffs.ToList();
            if (parse.GetValue(top) is { } k)
            {
                if (k is < 1 or > 100)
                {
                    await context.Error.WriteLineAsync("mirsad: --top must be between 1 and 100");
                    return ExitCodes.Usage;
                }

                cutoffs = [.. cutoffs.Append(k).Distinct().Order()];
            }

            if (await KeywordInput.ReadOrReportAsync(path, context.Error) is not { } records)
            {
                return ExitCodes.PartialFailure;
            }

            var status = ExitCodes.Ok;
            foreach (var bad in records.Where(r => r.Error is not null))
            {
                await context.Error.WriteLineAsync($"{path}:{bad.Number}: {bad.Error}");
                status = ExitCodes.PartialFailure;
            }

            var extractor = new KeywordExtractor(MirsadServices.LoadVocabulary(MirsadPaths.Resolve(parse.GetValue(context.DataOption))));
            var clock = Stopwatch.StartNew();
            var refine = parse.GetValue(refineOption) == RefineEmbeddings;
            var extracted = KeywordInput.ExtractAll(records, extractor, cutoffs[^1], refine, cancellationToken);

            var cpuSeconds = clock.Elapsed.TotalSeconds;
            var evaluator = new KeyphraseEvaluator();
            for (var i = 0; i < records.Count; i++)
            {
                if (extracted[i] is { } keywords)
                {
                    evaluator.Add(keywords.Select(x => x.Name), records[i].Keyphrases);
                }
            }

            if (parse.GetValue(details) is { } detailsPath)
            {
                await WriteDetailsAsync(detailsPath, records, extracted, cutoffs[^1]);
            }

            var method = refine ? "extractor+embeddings (--refine embeddings, the default)" : "extractor (--refine none)";
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"documents={evaluator.DocumentCount} method={method} protocol=lowercase+porter-stem+exact-match macro-average"));
            foreach (var score in cutoffs.Select(evaluator.Score))
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"@{score.Cutoff} P={score.Precision:F4} R={score.Recall:F4} F1={score.F1:F4}"));
            }

            var perDocument = evaluator.DocumentCount == 0 ? 0 : cpuSeconds * 1000 / evaluator.DocumentCount;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"extraction seconds={cpuSeconds:F2} ms_per_doc_wall={perDocument:F3} threads={Environment.ProcessorCount}"));
            return status;
        });
        return command;
    }

    // One line a document: its keyphrases best first with whether each matched, and the gold ones no keyphrase matched.
    private static async Task WriteDetailsAsync(string path, List<KeywordInput.Line> records, IReadOnlyList<ExtractedKeyword>?[] extracted, int cutoff)
    {
        await using var writer = new StreamWriter(path);
        for (var i = 0; i < records.Count; i++)
        {
            if (extracted[i] is not { } keywords)
            {
                continue;
            }

            var gold = records[i].Keyphrases.Select(KeyphraseEvaluator.Normalize).ToHashSet(StringComparer.Ordinal);
            var predicted = keywords.Take(cutoff).Select(k => new { phrase = k.Name, kind = k.Kind.ToString(), match = gold.Contains(KeyphraseEvaluator.Normalize(k.Name)) }).ToList();
            var found = keywords.Take(cutoff).Select(k => KeyphraseEvaluator.Normalize(k.Name)).ToHashSet(StringComparer.Ordinal);
            var missed = records[i].Keyphrases.Where(g => !found.Contains(KeyphraseEvaluator.Normalize(g))).ToList();
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { id = records[i].Id, predicted, missed }));
        }
    }
}
