using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mirsad.Core.Articles;

/// <summary>
/// How every store keeps an article's structured parts as JSON text (body blocks, original, links, a
/// whole revision) and the fingerprint by which a save of an unchanged article is skipped. One form,
/// so a store copied into another (<c>mirsad migrate</c>) keeps its fingerprints.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    // Read-only members (BodyText, Attribution, ...) are derived: a revision leaves them out.
    private static readonly JsonSerializerOptions RevisionJson = new(Json) { IgnoreReadOnlyProperties = true };

    /// <summary>The body blocks as JSON.</summary>
    public static string SerializeBody(IReadOnlyList<ArticleBlock> body) => JsonSerializer.Serialize(body, Json);

    /// <summary>Body blocks from JSON.</summary>
    public static IReadOnlyList<ArticleBlock> DeserializeBody(string json) => JsonSerializer.Deserialize<List<ArticleBlock>>(json, Json) ?? [];

    /// <summary>The original as JSON; null for none.</summary>
    public static string? SerializeOriginal(ArticleOriginal? original) => original is null ? null : JsonSerializer.Serialize(original, Json);

    /// <summary>The original from JSON.</summary>
    public static ArticleOriginal? DeserializeOriginal(string? json) => json is null ? null : JsonSerializer.Deserialize<ArticleOriginal>(json, Json);

    /// <summary>Related links as JSON; null for none.</summary>
    public static string? SerializeLinks(IReadOnlyList<ArticleLink> links) => links.Count == 0 ? null : JsonSerializer.Serialize(links, Json);

    /// <summary>Related links from JSON.</summary>
    public static IReadOnlyList<ArticleLink> DeserializeLinks(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<ArticleLink>>(json, Json) ?? [];

    /// <summary>A whole article as a revision keeps it.</summary>
    public static string SerializeRevision(Article article) => JsonSerializer.Serialize(article, RevisionJson);

    /// <summary>An article from a revision's JSON.</summary>
    public static Article DeserializeRevision(string json) => JsonSerializer.Deserialize<Article>(json, RevisionJson)!;

    /// <summary>A fingerprint of everything stored about an article except its slug, to skip unchanged re-imports.</summary>
    public static string ContentHash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var canonical = JsonSerializer.Serialize(article with { Slug = string.Empty }, Json);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)), 0, 16);
    }
}
