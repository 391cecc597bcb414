using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mirsad.Core.Articles;

namespace Mirsad.Web;

/// <summary>
/// An article page's schema.org <c>NewsArticle</c> as JSON-LD (the properties Google's article structured
/// data and schema.org's NewsArticle expect): headline, description, dates, the outlet as author, this
/// site as publisher, the page as main entity, language, section, keywords, and the outlet's original as
/// <c>isBasedOn</c> (and <c>translationOfWork</c> when the page is a translation). Articles carry no
/// images, so none is claimed.
/// </summary>
public static class ArticleStructuredData
{
    // The default encoder escapes <, > and & (and non-ASCII) as \uXXXX: the JSON cannot close its <script>.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The JSON-LD object for <paramref name="article"/> published at <paramref name="url"/>.</summary>
    public static JsonObject Build(Article article, string url, string siteName, string siteUrl, string? description, DateTimeOffset? modified)
    {
        ArgumentNullException.ThrowIfNull(article);
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Headline,
            ["url"] = url,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["inLanguage"] = article.Language,
            ["publisher"] = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = siteName, ["url"] = siteUrl },
        };
        Add(data, "description", description);
        Add(data, "datePublished", Iso(article.PublishedAt));
        Add(data, "dateModified", Iso(Later(article.PublishedAt, modified)));
        Add(data, "articleSection", article.Section);
        if (article.Keywords.Count > 0)
        {
            data["keywords"] = new JsonArray(article.Keywords.Select(k => (JsonNode)JsonValue.Create(k.Name)!).ToArray());
        }

        var outlet = Outlet(article);
        data["author"] = outlet?.DeepClone() ?? new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = siteUrl };
        if ((article.Url ?? article.Original?.Url) is { } originalUrl && IsWebAddress(originalUrl))
        {
            var original = new JsonObject { ["@type"] = "NewsArticle", ["url"] = originalUrl };
            Add(original, "headline", article.Original?.Headline);
            Add(original, "inLanguage", article.Original?.Language);
            if (outlet is not null)
            {
                original["publisher"] = outlet.DeepClone();
            }

            data["isBasedOn"] = original;
            if (article.Original is not null)
            {
                data["translationOfWork"] = original.DeepClone();
            }
        }

        return data;
    }

    /// <summary>The object as the text of a <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
    public static string Script(JsonObject data) => data.ToJsonString(Options);

    private static JsonObject? Outlet(Article article)
    {
        if (article.Source is not { } source)
        {
            return null;
        }

        var outlet = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = source.Name };
        if (IsWebAddress(source.Homepage))
        {
            outlet["url"] = source.Homepage;
        }

        return outlet;
    }

    private static DateTimeOffset? Later(DateTimeOffset? published, DateTimeOffset? modified) =>
        published is null ? modified : modified is null || modified < published ? published : modified;

    private static string? Iso(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static void Add(JsonObject data, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[name] = value;
        }
    }
}
