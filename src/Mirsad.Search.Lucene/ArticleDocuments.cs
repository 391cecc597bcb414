using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Mirsad.Core.Articles;

namespace Mirsad.Search.Lucene;

/// <summary>Turns an article into the Lucene document that indexes it.</summary>
internal static class ArticleDocuments
{
    /// <summary>How many times the headline is indexed: its words weigh twice those of the body (BM25F by repetition).</summary>
    public const int HeadlineRepeats = 2;

    // Positions for phrases and proximity, offsets so snippets need no re-analysis of the body.
    private static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    // Spelling and completion need which articles have a word, not how often or where.
    private static readonly FieldType WordsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    public static Document Create(Article article)
    {
        var lang = LuceneFields.AnalysisLanguage(article.Language);
        var text = LuceneFields.Text(lang);
        var seconds = article.PublishedAt?.ToUnixTimeSeconds() ?? 0;
        var doc = new Document
        {
            new StringField(LuceneFields.Id, article.Id, Field.Store.NO),
            new StringField(LuceneFields.Language, article.Language, Field.Store.NO),
            new BinaryDocValuesField(LuceneFields.Summary, HitSummary.Encode(article, seconds)),
        };

        for (var i = 0; i < HeadlineRepeats; i++)
        {
            doc.Add(new Field(text, article.Headline, TextType));
        }

        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            doc.Add(new Field(text, article.Standfirst, TextType));
            doc.Add(new StoredField(LuceneFields.Standfirst, article.Standfirst));
        }

        var body = article.BodyText;
        doc.Add(new Field(text, body, TextType));
        doc.Add(new StoredField(LuceneFields.Body, body));
        doc.Add(new Field(LuceneFields.HeadlineWords, article.Headline, WordsType));
        doc.Add(new Field(LuceneFields.Words, article.Headline, WordsType));
        doc.Add(new Field(LuceneFields.Words, body, WordsType));

        if (article.Source is { } source)
        {
            doc.Add(new StringField(LuceneFields.Source, source.Slug, Field.Store.NO));
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

        doc.Add(new Int64Field(LuceneFields.Date, seconds, Field.Store.NO));
        doc.Add(new NumericDocValuesField(LuceneFields.DateValues, seconds));
        if (article.PublishedAt is { } published)
        {
            var year = published.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture);
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetYear, Label(year, year)));
        }

        return doc;
    }

    private static BytesRef Label(string value, string label) => new(value + LuceneFields.LabelSeparator + label);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
