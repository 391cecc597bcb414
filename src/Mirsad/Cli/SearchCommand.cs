using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mirsad.Core.Articles;
using Mirsad.Core.Search;
using Mirsad.Web;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad search QUERY [--top N] [--json]</c> and the batch form
/// <c>mirsad search --queries FILE [--top 100] --format trec</c> used to measure relevance.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("QUERY") { Description = "What to search for", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int?>("--top") { Description = "Number of results (default 10; 100 with --queries)" };
        var json = new Option<bool>("--json") { Description = "Print JSON like GET /api/search" };
        var queries = new Option<string?>("--queries") { Description = "JSON Lines file of {id, text} queries" };
        var format = new Option<string?>("--format") { Description = "Output format for --queries: trec" };
        var command = new Command("search", "Search the archive.") { query, top, json, queries, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queryFile = parse.GetValue(queries);
            var text = parse.GetValue(query);
            if (queryFile is null == text is null)
            {
                await context.Error.WriteLineAsync("mirsad search: give either QUERY or --queries FILE.");
                return ExitCodes.Usage;
            }

            if (queryFile is not null && parse.GetValue(format) is { } f && f != "trec")
            {
                await context.Error.WriteLineAsync($"mirsad search: unknown --format '{f}'; the batch form prints TREC runs (--format trec).");
                return ExitCodes.Usage;
            }

            using var services = context.Services(parse);
            var index = services.GetRequiredService<ISearchIndex>();
            await NoteLagAsync(context, index, services.GetRequiredService<IArticleStore>(), cancellationToken);
            return queryFile is null
                ? await SingleAsync(context, index, text!, parse.GetValue(top) ?? 10, parse.GetValue(json))
                : await TrecAsync(context, index, queryFile, parse.GetValue(top) ?? 100, cancellationToken);
        });
        return command;
    }

    // A search reads the index as it is and never writes it (only one process may); a lagging index is
    // named on standard error, where it does not disturb JSON or TREC output.
    private static async Task NoteLagAsync(CliContext context, ISearchIndex index, IArticleStore store, CancellationToken cancellationToken)
    {
        var stored = await store.CurrentSequenceAsync(cancellationToken);
        if (index.CommittedSequence < stored)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"note: the search index reflects the store up to change {index.CommittedSequence} of {stored}; `mirsad serve` (or any command that writes articles) brings it up to date."));
        }
    }

    private static async Task<int> SingleAsync(CliContext context, ISearchIndex index, string text, int top, bool json)
    {
        var results = index.Search(new SearchRequest { Query = text, PageSize = top, Facets = false });
        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(ApiSearchResponse.From(results), JsonSerializerOptions.Web));
            return ExitCodes.Ok;
        }

        if (results.Message is not null)
        {
            await context.Out.WriteLineAsync(results.Message);
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{results.Total} results"));
        var rank = 1;
        foreach (var hit in results.Hits)
        {
            var when = hit.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank++,3}. {hit.Headline} ({hit.SourceName ?? "unknown source"}, {when}) [{hit.Id}]"));
            var snippet = System.Net.WebUtility.HtmlDecode(hit.SnippetHtml.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal));
            if (snippet.Length > 0)
            {
                await context.Out.WriteLineAsync("     " + snippet);
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> TrecAsync(CliContext context, ISearchIndex index, string path, int top, CancellationToken cancellationToken)
    {
        var rejected = false;
        foreach (var (id, text) in QueryLines.Read(path, message => { context.Error.WriteLine(message); rejected = true; }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rank = 1;
            foreach (var hit in RankedSearch(index, text, top))
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{id} Q0 {hit.Id} {rank++} {hit.Score:F4} mirsad"));
            }
        }

        return rejected ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    /// <summary>The ranking a relevance run measures: the top hits, without snippets or facets.</summary>
    public static IReadOnlyList<SearchHit> RankedSearch(ISearchIndex index, string text, int top) =>
        index.Search(new SearchRequest { Query = text, PageSize = top, Snippets = false, Facets = false, Suggest = false }).Hits;
}
