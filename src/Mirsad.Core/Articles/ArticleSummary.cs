using Mirsad.Core.Sources;

namespace Mirsad.Core.Articles;

/// <summary>What a listing shows of an article: no body.</summary>
public sealed record ArticleSummary(
    string Id,
    string Slug,
    string Headline,
    string? Standfirst,
    DateTimeOffset? PublishedAt,
    string Language,
    string? Section,
    SourceOutlet? Source);
