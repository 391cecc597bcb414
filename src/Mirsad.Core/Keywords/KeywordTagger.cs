using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords.Refinement;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Gives an article its helpful keywords: the ones an editor set or the import named (resolved through
/// the vocabulary, so "Jolani" becomes "Ahmad al-Sharaa") first, then extracted ones up to the count.
/// Extracted keywords are ordered as editors tag (<see cref="EditorialRanking"/>: the people,
/// organisations and places named first, then topics). Blocked keywords are never added automatically
/// and merged ones are replaced by where they went.
/// </summary>
public sealed class KeywordTagger(KeywordExtractor extractor)
{
    /// <summary>Keywords an article gets when nothing else is asked for.</summary>
    public const int DefaultCount = 10;

    // Extracted keywords (all the names, and as many topics as keywords wanted) the editorial ranking chooses from.
    private const int MaxCandidates = 60;

    private KeywordRules? _defaultRules;

    /// <summary>The vocabulary used to resolve names when no rules are given.</summary>
    public KeywordVocabulary Vocabulary => extractor.Vocabulary;

    /// <summary>
    /// Returns the article with its keywords chosen. Editor keywords already on the article are kept;
    /// <paramref name="given"/> are added as import keywords; extraction fills the rest.
    /// </summary>
    /// <param name="article">The article; its editor keywords are kept.</param>
    /// <param name="given">Keywords the imported record named.</param>
    /// <param name="frequencies">Collection statistics for topic words.</param>
    /// <param name="rules">The editors' vocabulary, blocks and merges; the extractor's vocabulary alone when null.</param>
    /// <param name="count">Keywords wanted.</param>
    /// <param name="ranker">When given, the extracted candidates are re-ranked by meaning before the editorial order (slow: never on import).</param>
    public Article Tag(Article article, IReadOnlyList<ImportKeyword> given, IDocumentFrequencies? frequencies = null, KeywordRules? rules = null, int count = DefaultCount, EmbeddingRanker? ranker = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(given);
        rules ??= _defaultRules ??= KeywordRules.Of(extractor.Vocabulary);
        var keywords = new List<ArticleKeyword>(count);
        foreach (var kept in article.Keywords.Where(k => k.Origin == KeywordOrigin.Editor))
        {
            Add(keywords, kept, rules);
        }

        foreach (var named in given)
        {
            var keyword = Resolve(named, rules);
            if (!rules.Blocked.Contains(keyword.Slug))
            {
                Add(keywords, keyword, rules);
            }
        }

        if (keywords.Count < count)
        {
            var text = TextOf(article);
            var candidates = ranker is null
                ? rules.Extractor.Extract(article.Headline, text, MaxCandidates, count, frequencies, rules.Blocked)
                : ranker.Rank(article.Headline, text, rules.Extractor.Extract(article.Headline, text, MaxCandidates, Math.Max(count, EmbeddingRanker.Pool), frequencies, rules.Blocked));
            foreach (var extracted in EditorialRanking.Order(candidates, rules.Vocabulary))
            {
                if (keywords.Count >= count)
                {
                    break;
                }

                if (article.Source is { } source && (extracted.Slug == source.Slug || extracted.Slug == Slug.From(source.Name)))
                {
                    continue; // the outlet is the article's source, not what it is about
                }

                Add(keywords, new ArticleKeyword(extracted.Slug, extracted.Name, extracted.Kind, KeywordOrigin.Auto), rules);
            }
        }

        return article with { Keywords = keywords };
    }

    /// <summary>Resolves a named keyword through the vocabulary, keeping its name when unknown.</summary>
    public ArticleKeyword Resolve(ImportKeyword named, KeywordRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(named);
        var vocabulary = rules?.Vocabulary ?? extractor.Vocabulary;
        if (vocabulary.TryResolve(named.Name, out var entry))
        {
            return new ArticleKeyword(entry.Slug, entry.Name, entry.Kind, KeywordOrigin.Import);
        }

        return new ArticleKeyword(Slug.From(named.Name), named.Name, named.Kind ?? KeywordKind.Topic, KeywordOrigin.Import);
    }

    // The standfirst without its attribution ("..., Syria TV writes."), then the body.
    private static string TextOf(Article article)
    {
        var standfirst = article.Standfirst;
        if (string.IsNullOrEmpty(standfirst))
        {
            return article.BodyText;
        }

        if (article.Attribution is { } attribution && standfirst.EndsWith(attribution, StringComparison.Ordinal))
        {
            standfirst = standfirst[..^attribution.Length].TrimEnd(' ', ',');
        }

        return standfirst + "\n\n" + article.BodyText;
    }

    private static void Add(List<ArticleKeyword> keywords, ArticleKeyword keyword, KeywordRules rules)
    {
        var slug = rules.Canonical(keyword.Slug);
        if (slug.Length > 0 && !keywords.Any(k => k.Slug == slug))
        {
            keywords.Add(slug == keyword.Slug ? keyword : keyword with { Slug = slug });
        }
    }
}
