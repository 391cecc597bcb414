using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Text;
using Mirsad.Core.Workflow;

namespace Mirsad.Core.Ingest.Desk;

/// <summary>
/// "Take this story": makes a draft article from a monitored item (its original text, title, language,
/// address and source filled in) through the editorial desk (so it has its first revision and an audit
/// entry) and links the two. Taking the same item again returns the same draft.
/// </summary>
public sealed class StoryTaker(IMonitoredItemStore items, ISourceStore sources, ArticleArchive archive, EditorialDesk desk, KeywordTagger tagger)
{
    /// <summary>The article id given to the draft of an item.</summary>
    public static string ArticleIdFor(long itemId) => "intake-" + itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The draft for item <paramref name="itemId"/>, made now or earlier; null when there is no such item.</summary>
    public async Task<Article?> TakeAsync(long itemId, EditorialActor actor, CancellationToken cancellationToken = default)
    {
        var item = await items.GetAsync(itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        if (item.ArticleId is { } existingId && await archive.Store.GetAsync(existingId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var text = item.ReadableText;
        var language = item.Language ?? Script.GuessLanguage(item.Title + " " + text);
        var draft = new Article
        {
            Id = ArticleIdFor(item.Id),
            Slug = string.Empty,
            Headline = item.Title,
            Body = BodyBuilder.FromText(text),
            Language = language,
            PublishedAt = item.PublishedAt,
            Source = await sources.GetAsync(item.SourceSlug, cancellationToken),
            Url = item.Url,
            Original = new ArticleOriginal(item.Title, text, language, item.Url),
            Status = ArticleStatus.Draft,
        };
        draft = tagger.Tag(draft, []);
        var created = await desk.CreateAsync(draft, actor, cancellationToken);
        if (created.Error is not null && await archive.Store.GetAsync(draft.Id, cancellationToken) is null)
        {
            throw new InvalidOperationException(created.Error);
        }

        await items.LinkArticleAsync(item.Id, draft.Id, cancellationToken);
        return await archive.Store.GetAsync(draft.Id, cancellationToken);
    }
}
