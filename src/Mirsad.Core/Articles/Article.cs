using Mirsad.Core.Sources;

namespace Mirsad.Core.Articles;

/// <summary>
/// A news article as Mirsad keeps it: the English (or original-language) text readers see, its
/// provenance (source outlet, original URL, original text when translated) and its helpful keywords.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier; for imported articles, the external id given by the import.</summary>
    public required string Id { get; init; }

    /// <summary>URL-safe, unique name used in the article's address.</summary>
    public required string Slug { get; init; }

    /// <summary>The headline shown on the page.</summary>
    public required string Headline { get; init; }

    /// <summary>The lead paragraph above the headline; ends with the attribution for translated stories.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The body as structured blocks.</summary>
    public IReadOnlyList<ArticleBlock> Body { get; init; } = [];

    /// <summary>ISO 639-1 code of the article's text ("en", "ar").</summary>
    public string Language { get; init; } = "en";

    /// <summary>When the article was published; null when unknown.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Section (category) name, such as "News" or "Foreign Actors"; null when none.</summary>
    public string? Section { get; init; }

    /// <summary>The outlet the story comes from; null when unknown.</summary>
    public SourceOutlet? Source { get; init; }

    /// <summary>Where the story was originally published.</summary>
    public string? Url { get; init; }

    /// <summary>The original text when the article is a translation.</summary>
    public ArticleOriginal? Original { get; init; }

    /// <summary>Translation and editing credit ("This article was translated and edited by ...").</summary>
    public string? Credit { get; init; }

    /// <summary>The disclaimer shown under the body.</summary>
    public string? Disclaimer { get; init; }

    /// <summary>Helpful keywords, best first.</summary>
    public IReadOnlyList<ArticleKeyword> Keywords { get; init; } = [];

    /// <summary>Links the newsroom attached: related reading, or the stories a roundup gathers.</summary>
    public IReadOnlyList<ArticleLink> Links { get; init; } = [];

    /// <summary>A single story, or a roundup of several.</summary>
    public ArticleKind Kind { get; init; } = ArticleKind.Story;

    /// <summary>Workflow state; only published articles are shown to readers.</summary>
    public ArticleStatus Status { get; init; } = ArticleStatus.Published;

    /// <summary>The attribution that ends the standfirst ("Syria TV writes."), derived from the source.</summary>
    public string? Attribution => Source is null ? null : $"{Source.Name} writes.";

    /// <summary>All body text joined by blank lines, for indexing and keyword extraction.</summary>
    public string BodyText => string.Join("\n\n", Body.Select(b => b.Text));
}
