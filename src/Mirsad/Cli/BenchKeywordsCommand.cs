using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad bench keywords --corpus FILE [--repeat N]</c>: times keyword tagging alone, single-threaded,
/// as the importer does it (document frequencies counted over the corpus first), after one warm-up pass.
/// </summary>
internal static class BenchKeywordsCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "JSON Lines corpus, plain or .gz", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes", DefaultValueFactory = _ => 3 };
        var command = new Command("keywords", "Time keyword extraction per article (single thread).") { corpus, repeat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var articles = new List<ImportRecord>();
            await using (var stream = File.OpenRead(parse.GetValue(corpus)!))
            {
                using var reader = new BoundedLineReader(stream, ImportLimits.MaxLineBytes);
                while (reader.TryReadLine(out var line, out _))
                {
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        try
                        {
                            articles.Add(ImportRecordParser.Parse(line));
                        }
                        catch (ImportRejectedException)
                        {
                            // bad lines are the import's business, not the benchmark's
                        }
                    }
                }
            }

            var frequencies = new CountedDocumentFrequencies();
            foreach (var record in articles)
            {
                frequencies.Add(record.Article.Headline, record.Article.BodyText);
            }

            var tagger = new KeywordTagger(new KeywordExtractor(MirsadServices.LoadVocabulary(context.Paths(parse))));
            Pass(tagger, articles, frequencies); // warm-up: lexicon load and JIT
            var passes = Math.Max(1, parse.GetValue(repeat));
            var clock = Stopwatch.StartNew();
            var keywords = 0L;
            for (var p = 0; p < passes; p++)
            {
                keywords += Pass(tagger, articles, frequencies);
            }

            var seconds = clock.Elapsed.TotalSeconds / passes;
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"keywords docs={articles.Count} seconds={seconds:F2} docs_per_s={articles.Count / seconds:F0} us_per_doc={seconds * 1e6 / Math.Max(1, articles.Count):F0} keywords_per_doc={(double)keywords / passes / Math.Max(1, articles.Count):F2}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static long Pass(KeywordTagger tagger, List<ImportRecord> articles, IDocumentFrequencies frequencies)
    {
        long count = 0;
        foreach (var record in articles)
        {
            count += tagger.Tag(record.Article, record.Keywords, frequencies).Keywords.Count;
        }

        return count;
    }
}
