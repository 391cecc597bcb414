using System.CommandLine;
using System.Text.Json;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Refinement;
using Mirsad.Hosting;
using Mirsad.Keywords.Embeddings;

namespace Mirsad.Cli;

/// <summary><c>mirsad keywords extract FILE [--top N] [--refine embeddings|none]</c> and <c>mirsad keywords rebuild [--refine embeddings]</c>.</summary>
internal static class KeywordsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("keywords", "Extract and evaluate keywords, choose them again for every stored article, and edit the editors' vocabulary.")
        {
            Extract(context),
            KeywordsEvalCommand.Create(context),
            Rebuild(context),
        };
        foreach (var edit in KeywordsEditCommands.Create(context))
        {
            command.Subcommands.Add(edit);
        }

        return command;
    }

    private static Command Extract(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "JSON Lines of {id, title?, text}" };
        var top = new Option<int>("--top") { Description = "Keywords per line", DefaultValueFactory = _ => KeywordExtractor.DefaultTop };
        var refineOption = KeywordsEvalCommand.RefineOption();
        var command = new Command("extract", "Print the keywords of each line of a file (no data directory needed).") { file, top, refineOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var count = Math.Clamp(parse.GetValue(top), 1, 100);
            if (await KeywordInput.ReadOrReportAsync(path, context.Error) is not { } records)
            {
                return ExitCodes.PartialFailure;
            }

            var extractor = new KeywordExtractor(MirsadServices.LoadVocabulary(MirsadPaths.Resolve(parse.GetValue(context.DataOption))));
            var extracted = KeywordInput.ExtractAll(records, extractor, count, parse.GetValue(refineOption) == KeywordsEvalCommand.RefineEmbeddings, cancellationToken);
            var status = ExitCodes.Ok;
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Error is { } error)
                {
                    await context.Error.WriteLineAsync($"{path}:{records[i].Number}: {error}");
                    status = ExitCodes.PartialFailure;
                }
                else
                {
                    await context.Out.WriteLineAsync(JsonSerializer.Serialize(new { id = records[i].Id, keywords = extracted[i]!.Select(k => k.Name).ToList() }));
                }
            }

            return status;
        });
        return command;
    }

    private static Command Rebuild(CliContext context)
    {
        var refineOption = new Option<string?>("--refine") { Description = "Also re-rank by meaning now, as the site does in the background: 'embeddings'" };
        refineOption.AcceptOnlyFromAmong(KeywordsEvalCommand.RefineEmbeddings);
        var command = new Command("rebuild", "Choose keywords again for every stored article (editor keywords are kept).") { refineOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!await context.CanWriteAsync(parse, "keywords rebuild"))
            {
                return ExitCodes.Environment;
            }

            using var embedder = parse.GetValue(refineOption) is null ? null : new MiniLmEmbedder(Environment.ProcessorCount);
            var ranker = embedder is null ? null : new EmbeddingRanker(embedder);
            using var services = context.Services(parse);
            var store = services.GetRequiredService<IArticleStore>();
            var archive = services.GetRequiredService<ArticleArchive>();
            var tagger = services.GetRequiredService<KeywordTagger>();
            var rules = await services.GetRequiredService<KeywordRulesSource>().CurrentAsync(cancellationToken);
            await IndexHandOff.BeginAsync(archive, context, cancellationToken);
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
                batch.Add(tagger.Tag(article with { Keywords = article.Keywords.Where(k => k.Origin == KeywordOrigin.Editor).ToList() }, kept, frequencies, rules, ranker: ranker));
                if (batch.Count == 500)
                {
                    changed += (await archive.SaveAsync(batch, commit: false, cancellationToken)).Saved.Count;
                    batch.Clear();
                }
            }

            changed += (await archive.SaveAsync(batch, commit: true, cancellationToken)).Saved.Count;
            await IndexHandOff.EndAsync(archive, context, cancellationToken);
            await context.Out.WriteLineAsync($"keywords rebuilt: {changed} articles changed");
            return ExitCodes.Ok;
        });
        return command;
    }
}
