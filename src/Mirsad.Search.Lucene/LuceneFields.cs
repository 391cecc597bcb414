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

    /// <summary>Separates a facet value from its label inside one doc-values entry.</summary>
    public const char LabelSeparator = '\u001f';

    public const string English = "en";
    public const string Arabic = "ar";

    public static string Title(string lang) => "title_" + lang;

    public static string Standfirst(string lang) => "standfirst_" + lang;

    public static string Body(string lang) => "body_" + lang;

    /// <summary>The analysis language of an article language: Arabic for "ar", English otherwise.</summary>
    public static string AnalysisLanguage(string? language) => language == Arabic ? Arabic : English;
}
