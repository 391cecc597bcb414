namespace Mirsad.Storage.Postgres;

/// <summary>An article_keywords row joined with its keyword.</summary>
internal sealed class PgKeywordLink
{
    public string ArticleId { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "Topic";
    public string Origin { get; set; } = "Auto";
}
