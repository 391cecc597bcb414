using System.CommandLine;
using System.Text.Json;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary><c>mirsad keywords extract FILE [--top N]</c> and <c>mirsad keywords rebuild</c>.</summary>
internal static class KeywordsCommand
{
    public static Command Create(CliContext context) => new("keywords", "Extract keywords, or choose them again for every stored article.")
    {
        Extract(context),
        Rebuild(context),
    };

    private static Command Extract(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "JSON Lines of {id, title?, text}" };
        var top = new Option<int>("--top") { Description = "Keywords per line", DefaultValueFactory = _ => KeywordExtractor.DefaultTop };
        var command = new Command("extract", "Print the keywords of each line of a file (no data directory needed).") { file, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var count = Math.Clamp(parse.GetValue(top), 1, 100);
            var records = new List<(int Line, string? Id, string? Title, string? Text, string? Error)>();
            var frequencies = new CountedDocumentFrequencies();
            try
            {
                await using var stream = File.OpenRead(path);
                using var reader = new BoundedLineReader(stream, ImportLimits.MaxLineBytes);
                while (reader.TryReadLine(out var line, out var overlong))
                {
                    if (line is null)
                    {
                        records.Add((reader.LineNumber, null, null, null, $"line is {overlong:N0} characters long"));
                    }
                    else if (!string.IsNullOrWhiteSpace(line))
                    {
                        var record = Read(line);
                        records.Add((reader.LineNumber, record.Id, record.Title, record.Text, record.Error));
                        if (record.Error is null)
                        {
                            frequencies.Add(record.Title, record.Text);
                        }
                    }
                }
            }
            catch (IOException e)
            {
                await context.Error.WriteLineAsync($"{path}: cannot read the file: {e.Message}");
                return ExitCodes.PartialFailure;
            }

            var extractor = new KeywordExtractor(MirsadServices.LoadVocabulary(MirsadPaths.Resolve(parse.GetValue(context.DataOption))));
            var outputs = new string?[records.Count];
            Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var r = records[i];
                if (r.Error is null)
                {
                    var keywords = extractor.Extract(r.Title, r.Text, count, frequencies).Select(k => k.Name).ToList();
                    outputs[i] = JsonSerializer.Serialize(new { id = r.Id, keywords });
                }
            });

            var status = ExitCodes.Ok;
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Error is { } error)
                {
                    await context.Error.WriteLineAsync($"{path}:{records[i].Line}: {error}");
                    status = ExitCodes.PartialFailure;
                }
                else
                {
                    await context.Out.WriteLineAsync(outputs[i]);
                }
            }

            return status;
        });
        return command;
    }

    private static (string? Id, string? Title, string? Text, string? Error) Read(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id))
            {
                return (null, null, null, "missing \"id\"");
            }

            string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var idText = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
            return (idText, Get("title") ?? Get("headline"), Get("text") ?? Get("body"), null);
        }
        catch (JsonException e)
        {
            return (null, null, null, "invalid JSON: " + e.Message);
        }
    }

    private static Command Rebuild(CliContext context)
    {
        var command = new Command("rebuild", "Choose keywords again for every stored article (editor keywords are kept).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var store = services.GetRequiredService<IArticleStore>();
            var archive = services.GetRequiredService<ArticleArchive>();
            var tagger = services.GetRequiredService<KeywordTagger>();
            var frequencies = new CountedDocumentFrequencies();
            await foreach (var article in store.AllAsync(cancellationToken))
            {
                frequencies.Add(article.Headline, article.BodyText);
            }

            var batch = new List<Article>(500);
            var changed = 0;
            await foreach (var article in store.AllAsync(cancellationToken))
            {
                var kept = article.Keywords.Where(k => k.Origin == KeywordOrigin.Import).Select(k => new ImportKeyword(k.Name, k.Kind)).ToList();
                batch.Add(tagger.Tag(article with { Keywords = article.Keywords.Where(k => k.Origin == KeywordOrigin.Editor).ToList() }, kept, frequencies));
                if (batch.Count == 500)
                {
                    changed += (await archive.SaveAsync(batch, commit: false, cancellationToken)).Saved.Count;
                    batch.Clear();
                }
            }

            changed += (await archive.SaveAsync(batch, commit: true, cancellationToken)).Saved.Count;
            await context.Out.WriteLineAsync($"keywords rebuilt: {changed} articles changed");
            return ExitCodes.Ok;
        });
        return command;
    }
}
