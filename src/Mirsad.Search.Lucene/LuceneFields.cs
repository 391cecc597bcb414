namespace Mirsad.Search.Lucene;

/// <summary>Field names of the article index. Text fields carry a language suffix that picks their analyzer.</summary>
internal static class LuceneFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Language = "lang";
    public const string Source = "source";
    public const string SourceName = "source_name";
    public const string Keyword = "keyword";
    public const string Section = "section";
    public const string Date = "date";
    public const string DateValues = "date_dv";
    public const string Headline = "headline";
    public const string FacetSource = "f_source";
    public const string FacetKeyword = "f_keyword";
    public const string FacetYear = "f_year";

    /// <summary>What a hit needs to show (id, slug, headline, ...) as one doc-values blob, read without stored fields.</summary>
    public const string Summary = "summary";

    /// <summary>
    /// The index layout version, kept in each commit. An index written with another layout is
    /// emptied on open and rebuilt from the store (see <see cref="LuceneSearchIndex"/>).
    /// </summary>
    public const string Schema = "6";

    /// <summary>Separates a facet value from its label inside one doc-values entry.</summary>
    public const char LabelSeparator = '\u001f';

    public const string English = "en";
    public const string Arabic = "ar";

    /// <summary>
    /// The one searched field per language: headline (twice), standfirst and body as separate values,
    /// so BM25 weighs the fields before saturating term frequency (BM25F by repetition).
    /// </summary>
    public static string Text(string lang) => lang == Arabic ? "text_ar" : "text_en";

    /// <summary>Every word of headline, standfirst and body as written (lower-cased, not stemmed), for spelling suggestions.</summary>
    public const string Words = "words";

    /// <summary>The headline's words as written (lower-cased, not stemmed), for completing headlines as a reader types.</summary>
    public const string HeadlineWords = "headline_words";

    /// <summary>Stored standfirst (not indexed on its own).</summary>
    public const string Standfirst = "standfirst";

    /// <summary>Stored body (not indexed on its own), for snippets and related articles.</summary>
    public const string Body = "body";

    /// <summary>The analysis language of an article language: Arabic for "ar", English otherwise.</summary>
    public static string AnalysisLanguage(string? language) => language == Arabic ? Arabic : English;
}
