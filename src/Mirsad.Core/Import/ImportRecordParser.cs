using System.Globalization;
using System.Text.Json;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Text;

namespace Mirsad.Core.Import;

/// <summary>
/// Reads one JSON Lines record in any of the shapes Mirsad imports (the shared corpora, and the full
/// Mirsad article shape documented in docs/IMPORT.md) into an article. Throws
/// <see cref="ImportRejectedException"/> with a reason for a record that cannot be imported.
/// </summary>
public static class ImportRecordParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = ImportLimits.MaxDepth, AllowTrailingCommas = true };

    /// <summary>Parses one line.</summary>
    public static ImportRecord Parse(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            throw new ImportRejectedException($"invalid JSON: {FirstSentence(e.Message)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ImportRejectedException($"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            return Read(root);
        }
    }

    private static ImportRecord Read(JsonElement root)
    {
        var warnings = new List<string>();
        var id = Id(root);
        var headline = Text(root, ImportLimits.MaxHeadlineLength, "headline", "title");
        var text = Text(root, ImportLimits.MaxTextLength, "text", "body", "content");
        var body = Blocks(root, "blocks") ?? Blocks(root, "body") ?? BodyBuilder.FromText(text);
        if (string.IsNullOrWhiteSpace(headline))
        {
            var basis = body.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
            if (string.IsNullOrWhiteSpace(basis))
            {
                throw new ImportRejectedException("has neither a title nor any text");
            }

            headline = PlainText.FirstSentence(basis, 120);
        }

        headline = PlainText.Collapse(HtmlText.LooksLikeHtml(headline) ? HtmlText.Strip(headline) : headline);
        var standfirst = Text(root, ImportLimits.MaxStandfirstLength, "standfirst", "summary", "lead");
        var language = Short(root, "language", "lang")?.ToLowerInvariant()
                       ?? Script.GuessLanguage(headline + " " + string.Join(' ', body.Take(3).Select(b => b.Text)));
        var article = new Article
        {
            Id = id,
            Slug = Short(root, "slug") ?? string.Empty,
            Headline = headline,
            Standfirst = standfirst is null ? null : PlainText.Collapse(standfirst),
            Body = body,
            Language = language,
            PublishedAt = Date(root, warnings, "date", "published_at", "published"),
            Section = Short(root, "section", "category"),
            Source = Source(root),
            Url = Short(root, "url", "link"),
            Original = Original(root),
            Credit = Text(root, ImportLimits.MaxShortField, "credit"),
            Disclaimer = Text(root, ImportLimits.MaxStandfirstLength, "disclaimer"),
            Status = Status(root, warnings),
        };
        return new ImportRecord(article, Keywords(root), warnings);
    }

    private static string Id(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw new ImportRejectedException("missing \"id\"");
        }

        var id = value.ValueKind switch
        {
            JsonValueKind.String => StringOf(value, "id").Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new ImportRejectedException($"\"id\" must be a string or a number, not {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
        if (id.Length == 0)
        {
            throw new ImportRejectedException("\"id\" is empty");
        }

        if (id.Length > ImportLimits.MaxIdLength)
        {
            throw new ImportRejectedException($"\"id\" is {id.Length} characters long; at most {ImportLimits.MaxIdLength} are accepted");
        }

        if (id.Any(char.IsControl))
        {
            throw new ImportRejectedException("\"id\" contains control characters");
        }

        return id;
    }

    private static string? Text(JsonElement root, int max, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                var text = StringOf(value, name);
                if (text.Length > max)
                {
                    throw new ImportRejectedException($"\"{name}\" is {text.Length:N0} characters long; at most {max:N0} are accepted");
                }

                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }
        }

        return null;
    }

    private static string? Short(JsonElement root, params string[] names)
    {
        var text = Text(root, ImportLimits.MaxShortField, names);
        return text is null ? null : PlainText.Collapse(text);
    }

    private static IReadOnlyList<ArticleBlock>? Blocks(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var blocks = new List<ArticleBlock>();
        var total = 0;
        foreach (var item in value.EnumerateArray())
        {
            var (kind, text) = item.ValueKind switch
            {
                JsonValueKind.String => (BlockKind.Paragraph, StringOf(item, name)),
                JsonValueKind.Object => (BlockKindOf(item), Text(item, ImportLimits.MaxTextLength, "text")),
                _ => throw new ImportRejectedException($"\"{name}\" items must be strings or objects with \"type\" and \"text\""),
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            total += text.Length;
            if (total > ImportLimits.MaxTextLength)
            {
                throw new ImportRejectedException($"\"{name}\" holds more than {ImportLimits.MaxTextLength:N0} characters");
            }

            blocks.Add(new ArticleBlock(kind, PlainText.Collapse(text)));
        }

        return blocks;
    }

    private static BlockKind BlockKindOf(JsonElement item)
    {
        var type = Short(item, "type", "kind")?.ToLowerInvariant();
        return type switch
        {
            null or "p" or "paragraph" or "text" => BlockKind.Paragraph,
            "h2" or "h3" or "h4" or "heading" or "subheading" or "subhead" => BlockKind.Subheading,
            "quote" or "blockquote" => BlockKind.Quote,
            _ => throw new ImportRejectedException($"unknown block type \"{type}\" (use paragraph, subheading or quote)"),
        };
    }

    private static DateTimeOffset? Date(JsonElement root, List<string> warnings, params string[] names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds is > 0 and < 32503680000)
            {
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }

            var text = value.ValueKind == JsonValueKind.String ? StringOf(value, name) : value.GetRawText();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                && date.Year is > 1800 and < 3000)
            {
                return date;
            }

            warnings.Add($"\"{name}\" value {Quote(text)} is not a date; imported without a date");
            return null;
        }

        return null;
    }

    private static SourceOutlet? Source(JsonElement root)
    {
        if (!root.TryGetProperty("source", out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var name = Short(value, "name") ?? throw new ImportRejectedException("\"source\" object needs a \"name\"");
            var slug = Slug.From(Short(value, "slug") ?? name);
            return new SourceOutlet(slug, name, Short(value, "homepage", "url"), Short(value, "language"), Short(value, "country"), Short(value, "leaning"));
        }

        var code = Short(root, "source");
        if (code is null)
        {
            return null;
        }

        var display = Short(root, "source_name") ?? code;
        var sourceSlug = Slug.From(code);
        return sourceSlug.Length == 0 ? null : new SourceOutlet(sourceSlug, display);
    }

    private static ArticleOriginal? Original(JsonElement root)
    {
        if (!root.TryGetProperty("original", out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ArticleOriginal(
            Text(value, ImportLimits.MaxHeadlineLength, "headline", "title"),
            Text(value, ImportLimits.MaxTextLength, "text", "body"),
            Short(value, "language", "lang"),
            Short(value, "url"));
    }

    private static ArticleStatus Status(JsonElement root, List<string> warnings)
    {
        var text = Short(root, "status");
        if (text is null)
        {
            return ArticleStatus.Published;
        }

        if (Enum.TryParse<ArticleStatus>(text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var status))
        {
            return status;
        }

        warnings.Add($"\"status\" value {Quote(text)} is unknown; imported as published");
        return ArticleStatus.Published;
    }

    private static List<ImportKeyword> Keywords(JsonElement root)
    {
        var keywords = new List<ImportKeyword>();
        foreach (var name in new[] { "keywords", "tags" })
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in value.EnumerateArray().Take(ImportLimits.MaxKeywords))
            {
                if (item.ValueKind == JsonValueKind.String && Short2(StringOf(item, name)) is { } plain)
                {
                    keywords.Add(new ImportKeyword(plain, null));
                }
                else if (item.ValueKind == JsonValueKind.Object && Short(item, "name") is { } named)
                {
                    var kind = Short(item, "kind") is { } k && Enum.TryParse<KeywordKind>(k.Replace("organization", "organisation", StringComparison.OrdinalIgnoreCase), true, out var parsed) ? parsed : (KeywordKind?)null;
                    keywords.Add(new ImportKeyword(named, kind));
                }
            }
        }

        return keywords;
    }

    // A "\ud800" escape is valid JSON but no text: System.Text.Json refuses to make a string of a lone
    // surrogate. It is the line's fault, so the line is rejected and the rest of the import goes on.
    private static string StringOf(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new ImportRejectedException($"\"{name}\" holds a \\u escape of half a character (a lone UTF-16 surrogate such as \\ud800), which is not text", e);
        }
    }

    private static string? Short2(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Length > 200 ? null : PlainText.Collapse(text);

    private static string Quote(string? text) => text is null ? "null" : "\"" + PlainText.Truncate(text, 40) + "\"";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
