using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Search;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// The editors' hold on the keyword vocabulary: rename, change kind, add aliases, merge, split, block,
/// pin and unpin, profile. Each change is saved to the curated vocabulary and then relabels the
/// articles it touches through the <see cref="ArticleArchive"/> (so the search index follows) without
/// a re-import. The command line uses it now; newsroom pages call the same methods.
/// </summary>
public sealed class KeywordEditor(IKeywordStore keywords, IArticleStore articles, ArticleArchive archive, KeywordRulesSource rulesSource, KeywordTagger tagger)
{
    private const int Batch = 200;
    private const int MaxSearchedArticles = 1_000;

    /// <summary>Gives a keyword a new display name; the old one stays as an alias and the address is kept.</summary>
    public async Task<KeywordEditResult> RenameAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        var current = await RequireAsync(slug, cancellationToken);
        var newName = RequireName(name);
        var k = current.Keyword;
        await SaveAsync(current, k with { Name = newName, Aliases = [.. k.Aliases, k.Name] }, cancellationToken);
        var changed = await RelabelAsync(slug, a => a with { Keywords = [.. a.Keywords.Select(x => x.Slug == slug ? x with { Name = newName } : x)] }, cancellationToken);
        return new KeywordEditResult(slug, changed);
    }

    /// <summary>Says what a keyword names (person, organisation, place or topic).</summary>
    public async Task<KeywordEditResult> SetKindAsync(string slug, KeywordKind kind, CancellationToken cancellationToken = default)
    {
        var current = await RequireAsync(slug, cancellationToken);
        await SaveAsync(current, current.Keyword with { Kind = kind }, cancellationToken);
        var changed = await RelabelAsync(slug, a => a with { Keywords = [.. a.Keywords.Select(x => x.Slug == slug ? x with { Kind = kind } : x)] }, cancellationToken);
        return new KeywordEditResult(slug, changed);
    }

    /// <summary>Adds other names (spellings, transliterations, Arabic forms); articles that use them are labelled again.</summary>
    public async Task<KeywordEditResult> AddAliasesAsync(string slug, IReadOnlyList<string> aliases, CancellationToken cancellationToken = default)
    {
        var current = await RequireAsync(slug, cancellationToken);
        var added = aliases.Select(RequireName).ToList();
        await SaveAsync(current, current.Keyword with { Aliases = [.. current.Keyword.Aliases, .. added] }, cancellationToken);
        var changed = await RetagAsync(FindMentioning(added), cancellationToken);
        return new KeywordEditResult(slug, changed);
    }

    /// <summary>Makes <paramref name="from"/> one with <paramref name="into"/>: its names become aliases and its articles move.</summary>
    public async Task<KeywordEditResult> MergeAsync(string from, string into, CancellationToken cancellationToken = default)
    {
        if (from == into)
        {
            throw new KeywordEditException("A keyword cannot be merged into itself.");
        }

        var source = await RequireAsync(from, cancellationToken);
        var target = await RequireAsync(into, cancellationToken);
        var moved = source.Keyword.Aliases.Append(source.Keyword.Name);
        await SaveAsync(target, target.Keyword with { Aliases = [.. target.Keyword.Aliases, .. moved] }, cancellationToken);
        await keywords.SaveCuratedAsync(new CuratedKeyword(source.Keyword with { Aliases = [] }, source.Blocked, into), cancellationToken);
        rulesSource.Invalidate();
        var link = new ArticleKeyword(target.Keyword.Slug, target.Keyword.Name, target.Keyword.Kind);
        var changed = await RelabelAsync(from, a => a with { Keywords = Replace(a.Keywords, from, link) }, cancellationToken);
        return new KeywordEditResult(into, changed);
    }

    /// <summary>
    /// Splits a new keyword off <paramref name="slug"/>: the given aliases move to it, and the old
    /// keyword's articles (and any article using the moved names) are labelled again.
    /// </summary>
    public async Task<KeywordEditResult> SplitAsync(string slug, string name, KeywordKind? kind, IReadOnlyList<string> aliases, CancellationToken cancellationToken = default)
    {
        var current = await RequireAsync(slug, cancellationToken);
        var newName = RequireName(name);
        var newSlug = Slug.From(newName);
        if (newSlug == slug || await keywords.GetAsync(newSlug, cancellationToken) is not null)
        {
            throw new KeywordEditException($"A keyword '{newSlug}' already exists: merge into it, or choose another name.");
        }

        var moving = aliases.Select(RequireName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        await SaveAsync(current, current.Keyword with { Aliases = [.. current.Keyword.Aliases.Where(a => !moving.Contains(a))] }, cancellationToken);
        await keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword(newSlug, newName, kind ?? current.Keyword.Kind, [.. moving])), cancellationToken);
        rulesSource.Invalidate();
        var affected = (await keywords.ArticleIdsAsync(slug, cancellationToken)).Concat(FindMentioning([newName, .. moving]));
        var changed = await RetagAsync(affected, cancellationToken);
        return new KeywordEditResult(newSlug, changed);
    }

    /// <summary>Blocks a keyword: it is taken off every article where it was not chosen by an editor, and never given automatically again.</summary>
    public async Task<KeywordEditResult> BlockAsync(string slug, bool blocked = true, CancellationToken cancellationToken = default)
    {
        var current = await RequireAsync(slug, cancellationToken);
        await keywords.SaveCuratedAsync(new CuratedKeyword(current.Keyword, blocked, current.MergedInto), cancellationToken);
        rulesSource.Invalidate();
        var changed = blocked
            ? await RelabelAsync(slug, a => a with { Keywords = [.. a.Keywords.Where(x => x.Slug != slug || x.Origin == KeywordOrigin.Editor)] }, cancellationToken)
            : 0;
        return new KeywordEditResult(slug, changed);
    }

    /// <summary>Pins a keyword (found by name, alias or slug; created when unknown) to an article as the editor's choice.</summary>
    public async Task<KeywordEditResult> PinAsync(string articleIdOrSlug, string keyword, KeywordKind? kind = null, CancellationToken cancellationToken = default)
    {
        var article = await RequireArticleAsync(articleIdOrSlug, cancellationToken);
        var rules = await rulesSource.CurrentAsync(cancellationToken);
        ArticleKeyword pinned;
        if (await keywords.GetAsync(keyword, cancellationToken) is { } bySlug)
        {
            pinned = new ArticleKeyword(bySlug.Keyword.Slug, bySlug.Keyword.Name, bySlug.Keyword.Kind, KeywordOrigin.Editor);
        }
        else if (rules.Vocabulary.TryResolve(keyword, out var entry))
        {
            pinned = new ArticleKeyword(entry.Slug, entry.Name, entry.Kind, KeywordOrigin.Editor);
        }
        else
        {
            var name = RequireName(keyword);
            pinned = new ArticleKeyword(Slug.From(name), name, kind ?? KeywordKind.Topic, KeywordOrigin.Editor);
            await keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword(pinned.Slug, pinned.Name, pinned.Kind)), cancellationToken);
            rulesSource.Invalidate();
        }

        var editors = article.Keywords.Where(k => k.Origin == KeywordOrigin.Editor && k.Slug != pinned.Slug).Append(pinned);
        var others = article.Keywords.Where(k => k.Origin != KeywordOrigin.Editor && k.Slug != pinned.Slug);
        var saved = await archive.SaveAsync([article with { Keywords = [.. editors, .. others] }], commit: true, cancellationToken);
        return new KeywordEditResult(pinned.Slug, saved.Saved.Count);
    }

    /// <summary>Takes a keyword off one article, whoever chose it.</summary>
    public async Task<KeywordEditResult> UnpinAsync(string articleIdOrSlug, string slug, CancellationToken cancellationToken = default)
    {
        var article = await RequireArticleAsync(articleIdOrSlug, cancellationToken);
        var saved = await archive.SaveAsync([article with { Keywords = [.. article.Keywords.Where(k => k.Slug != slug)] }], commit: true, cancellationToken);
        return new KeywordEditResult(slug, saved.Saved.Count);
    }

    /// <summary>Sets the short profile shown on the keyword's page; empty text clears it.</summary>
    public async Task<KeywordEditResult> SetProfileAsync(string slug, string? profile, CancellationToken cancellationToken = default)
    {
        if (profile is { Length: > 4_000 })
        {
            throw new KeywordEditException("A profile is at most 4,000 characters.");
        }

        if (!await keywords.SetProfileAsync(slug, profile, cancellationToken))
        {
            throw new KeywordEditException($"No keyword '{slug}'.");
        }

        return new KeywordEditResult(slug, 0);
    }

    private static List<ArticleKeyword> Replace(IReadOnlyList<ArticleKeyword> list, string from, ArticleKeyword to)
    {
        var result = new List<ArticleKeyword>(list.Count);
        foreach (var k in list)
        {
            var next = k.Slug == from ? to with { Origin = k.Origin } : k;
            if (!result.Any(r => r.Slug == next.Slug))
            {
                result.Add(next);
            }
        }

        return result;
    }

    private static string RequireName(string name)
    {
        var trimmed = PlainText.Collapse(name ?? string.Empty);
        if (KeywordNormalizer.Key(trimmed).Length == 0 || trimmed.Length > 200)
        {
            throw new KeywordEditException($"'{name}' is not a usable keyword name (letters or digits, at most 200 characters).");
        }

        return trimmed;
    }

    private async Task<KeywordProfile> RequireAsync(string slug, CancellationToken cancellationToken) =>
        await keywords.GetAsync(slug, cancellationToken) ?? throw new KeywordEditException($"No keyword '{slug}'.");

    private async Task<Article> RequireArticleAsync(string idOrSlug, CancellationToken cancellationToken) =>
        await articles.GetAsync(idOrSlug, cancellationToken) ?? await articles.GetBySlugAsync(idOrSlug, cancellationToken)
            ?? throw new KeywordEditException($"No article '{idOrSlug}'.");

    private async Task SaveAsync(KeywordProfile current, Keyword changed, CancellationToken cancellationToken)
    {
        var aliases = changed.Aliases.Where(a => !string.Equals(a, changed.Name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await keywords.SaveCuratedAsync(new CuratedKeyword(changed with { Aliases = aliases }, current.Blocked, current.MergedInto), cancellationToken);
        rulesSource.Invalidate();
    }

    // Published articles whose text uses one of the names, found through the search index.
    private IEnumerable<string> FindMentioning(IEnumerable<string> names) =>
        names.SelectMany(n => archive.Index.Search(new SearchRequest { Query = "\"" + n.Replace("\"", " ", StringComparison.Ordinal) + "\"", PageSize = MaxSearchedArticles, Snippets = false, Facets = false }).Hits)
            .Select(h => h.Id);

    private async Task<int> RetagAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var rules = await rulesSource.CurrentAsync(cancellationToken);
        return await RelabelAsync(ids, a => tagger.Tag(
            a with { Keywords = [.. a.Keywords.Where(k => k.Origin == KeywordOrigin.Editor)] },
            [.. a.Keywords.Where(k => k.Origin == KeywordOrigin.Import).Select(k => new ImportKeyword(k.Name, k.Kind))],
            frequencies: null,
            rules), cancellationToken);
    }

    private async Task<int> RelabelAsync(string slug, Func<Article, Article> change, CancellationToken cancellationToken) =>
        await RelabelAsync(await keywords.ArticleIdsAsync(slug, cancellationToken), change, cancellationToken);

    private async Task<int> RelabelAsync(IEnumerable<string> ids, Func<Article, Article> change, CancellationToken cancellationToken)
    {
        var changed = 0;
        var batch = new List<Article>(Batch);
        foreach (var id in ids.Distinct(StringComparer.Ordinal).ToList())
        {
            if (await articles.GetAsync(id, cancellationToken) is { } article)
            {
                batch.Add(change(article));
            }

            if (batch.Count == Batch)
            {
                changed += (await archive.SaveAsync(batch, commit: false, cancellationToken)).Saved.Count;
                batch.Clear();
            }
        }

        changed += (await archive.SaveAsync(batch, commit: true, cancellationToken)).Saved.Count;
        return changed;
    }
}
