using System.CommandLine;
using System.Globalization;
using Mirsad.Core.Import;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Stories;
using Mirsad.Core.Keywords;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad bench stories --corpus FILE --pairs FILE [--details]</c>: how well the desk groups reports of one
/// event. Each story of the corpus is read as the intake reads an item (<see cref="StoryFacts.Read"/>: its
/// keywords, headline, lead and date) and each labelled pair is put to the intake's <see cref="StoryMatcher"/>;
/// prints precision, recall and F1 of "same story" against the labels.
/// </summary>
internal static class BenchStoriesCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "JSON Lines corpus (the stories the pairs name)", Required = true };
        var pairs = new Option<string>("--pairs") { Description = "Tab-separated lines: id, id, 1 (same story) or 0, note; # starts a comment", Required = true };
        var details = new Option<bool>("--details") { Description = "Also print every pair decided wrongly" };
        var command = new Command("stories", "Measure the desk's story grouping against hand-labelled pairs.") { corpus, pairs, details };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var labelled = ReadPairs(parse.GetValue(pairs)!);
            var wanted = labelled.SelectMany(p => new[] { p.A, p.B }).ToHashSet(StringComparer.Ordinal);
            var extractor = new KeywordExtractor(MirsadServices.LoadVocabulary(context.Paths(parse)));
            var matcher = new StoryMatcher(TimeSpan.FromHours(new IntakeOptions().StoryWindowHours), extractor.Vocabulary);
            var facts = new Dictionary<string, (StoryFacts Facts, StorySignature Signature)>(StringComparer.Ordinal);
            await using (var stream = File.OpenRead(parse.GetValue(corpus)!))
            {
                using var reader = new BoundedLineReader(stream, ImportLimits.MaxLineBytes);
                while (reader.TryReadLine(out var line, out _))
                {
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    var article = ImportRecordParser.Parse(line).Article;
                    if (wanted.Contains(article.Id))
                    {
                        var text = string.Join("\n\n", new[] { article.Standfirst ?? string.Empty, article.BodyText }.Where(t => t.Length > 0));
                        var read = StoryFacts.Read(extractor, facts.Count + 1, article.Headline, text, article.PublishedAt ?? DateTimeOffset.UnixEpoch);
                        facts[article.Id] = (read, matcher.Sign(read));
                    }
                }
            }

            var missing = wanted.Where(id => !facts.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                await context.Error.WriteLineAsync($"mirsad bench stories: the corpus lacks {missing.Count} stories the pairs name, e.g. {missing[0]}");
                return ExitCodes.Usage;
            }

            int tp = 0, fp = 0, fn = 0, tn = 0;
            foreach (var (a, b, same, note) in labelled)
            {
                var (fa, sa) = facts[a];
                var (fb, sb) = facts[b];
                var score = matcher.Score(fa, sa, fb, sb);
                var said = score is not null;
                (tp, fp, fn, tn) = (said, same) switch
                {
                    (true, true) => (tp + 1, fp, fn, tn),
                    (true, false) => (tp, fp + 1, fn, tn),
                    (false, true) => (tp, fp, fn + 1, tn),
                    _ => (tp, fp, fn, tn + 1),
                };
                if (parse.GetValue(details) && said != same)
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{(said ? "FALSE-SAME" : "MISSED")} {a} {b} likeness={StoryMatcher.Likeness(sa, sb):F2} contradicts={StoryMatcher.Contradicts(sa, sb)} kinds={sa.Kinds}/{sb.Kinds} statement={sa.IsStatement}/{sb.IsStatement} places={string.Join(',', sa.Places)}/{string.Join(',', sb.Places)} tolls={string.Join(',', sa.Tolls)}/{string.Join(',', sb.Tolls)} {note}\n    {fa.Title}\n    {fb.Title}"));
                }
            }

            double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp), recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"stories pairs={labelled.Count} same={tp + fn} said_same={tp + fp} true_same={tp} false_same={fp} missed={fn} precision={precision:F3} recall={recall:F3} f1={f1:F3}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<(string A, string B, bool Same, string Note)> ReadPairs(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1], p[2] == "1", p.Length > 3 ? p[3] : string.Empty))
            .ToList();
}
