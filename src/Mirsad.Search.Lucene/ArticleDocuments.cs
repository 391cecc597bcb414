using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Mirsad.Core.Articles;

namespace Mirsad.Search.Lucene;

/// <summary>Turns an article into the Lucene document that indexes it.</summary>
internal static class ArticleDocuments
{
    public static Document Create(Article article)
    {
        var lang = LuceneFields.AnalysisLanguage(article.Language);
        var doc = new Document
        {
            new StringField(LuceneFields.Id, article.Id, Field.Store.YES),
            new StoredField(LuceneFields.Slug, article.Slug),
            new StringField(LuceneFields.Language, article.Language, Field.Store.YES),
            new StoredField(LuceneFields.Headline, article.Headline),
            new TextField(LuceneFields.Title(lang), article.Headline, Field.Store.NO),
            new TextField(LuceneFields.Body(lang), article.BodyText, Field.Store.YES),
        };

        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            doc.Add(new TextField(LuceneFields.Standfirst(lang), article.Standfirst, Field.Store.YES));
        }

        if (article.Source is { } source)
        {
            doc.Add(new StringField(LuceneFields.Source, source.Slug, Field.Store.YES));
            doc.Add(new StoredField(LuceneFields.SourceName, source.Name));
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetSource, Label(source.Slug, source.Name)));
        }

        foreach (var keyword in article.Keywords.DistinctBy(k => k.Slug))
        {
            doc.Add(new StringField(LuceneFields.Keyword, keyword.Slug, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetKeyword, Label(keyword.Slug, keyword.Name)));
        }

        if (article.Section is { Length: > 0 } section)
        {
            doc.Add(new StringField(LuceneFields.Section, Core.Text.Slug.From(section), Field.Store.NO));
        }

        var seconds = article.PublishedAt?.ToUnixTimeSeconds() ?? 0;
        doc.Add(new Int64Field(LuceneFields.Date, seconds, Field.Store.YES));
        doc.Add(new NumericDocValuesField(LuceneFields.DateValues, seconds));
        if (article.PublishedAt is { } published)
        {
            var year = published.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture);
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetYear, Label(year, year)));
        }

        return doc;
    }

    private static BytesRef Label(string value, string label) => new(value + LuceneFields.LabelSeparator + label);
}
