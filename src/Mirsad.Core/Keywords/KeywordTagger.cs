using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Gives an article its helpful keywords: the ones an editor set or the import named (resolved through
/// the vocabulary, so "Jolani" becomes "Ahmad al-Sharaa") first, then extracted ones up to the count.
/// </summary>
public sealed class KeywordTagger(KeywordExtractor extractor)
{
    /// <summary>Keywords an article gets when nothing else is asked for.</summary>
    public const int DefaultCount = 8;

    /// <summary>The vocabulary used to resolve names.</summary>
    public KeywordVocabulary Vocabulary => extractor.Vocabulary;

    /// <summary>
    /// Returns the article with its keywords chosen. Editor keywords already on the article are kept;
    /// <paramref name="given"/> are added as import keywords; extraction fills the rest.
    /// </summary>
    public Article Tag(Article article, IReadOnlyList<ImportKeyword> given, IDocumentFrequencies? frequencies = null, int count = DefaultCount, IReadOnlySet<string>? blocked = null)
    {
        var keywords = new List<ArticleKeyword>(count);
        foreach (var kept in article.Keywords.Where(k => k.Origin == KeywordOrigin.Editor))
        {
            Add(keywords, kept);
        }

        foreach (var named in given)
        {
            Add(keywords, Resolve(named));
        }

        if (keywords.Count < count)
        {
            var text = string.IsNullOrEmpty(article.Standfirst) ? article.BodyText : article.Standfirst + "\n" + article.BodyText;
            foreach (var extracted in extractor.Extract(article.Headline, text, count + keywords.Count, frequencies, blocked))
            {
                if (keywords.Count >= count)
                {
                    break;
                }

                Add(keywords, new ArticleKeyword(extracted.Slug, extracted.Name, extracted.Kind, KeywordOrigin.Auto));
            }
        }

        return article with { Keywords = keywords };
    }

    /// <summary>Resolves a named keyword through the vocabulary, keeping its name when unknown.</summary>
    public ArticleKeyword Resolve(ImportKeyword named)
    {
        if (extractor.Vocabulary.TryResolve(named.Name, out var entry))
        {
            return new ArticleKeyword(entry.Slug, entry.Name, entry.Kind, KeywordOrigin.Import);
        }

        return new ArticleKeyword(Slug.From(named.Name), named.Name, named.Kind ?? KeywordKind.Topic, KeywordOrigin.Import);
    }

    private static void Add(List<ArticleKeyword> keywords, ArticleKeyword keyword)
    {
        if (keyword.Slug.Length > 0 && !keywords.Any(k => k.Slug == keyword.Slug))
        {
            keywords.Add(keyword);
        }
    }
}
