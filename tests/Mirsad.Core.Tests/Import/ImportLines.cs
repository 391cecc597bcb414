using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Mirsad.Core.Tests.Import;

/// <summary>
/// Generated import lines for fuzzing: good records in every shape the importer reads, and bad lines made
/// from them (half-character escapes and other broken escapes in any string field, wrong types, cut
/// lines, invalid UTF-8, stray bytes). Shared by the parser's fuzz test and the importer's (linked
/// into Mirsad.Tests), so both try the same damage.
/// </summary>
internal static class ImportLines
{
    /// <summary>Every top-level field the importer reads.</summary>
    public static readonly string[] Fields =
    [
        "id", "title", "headline", "text", "body", "content", "standfirst", "summary", "lead", "source", "source_name",
        "date", "published_at", "published", "url", "link", "language", "lang", "section", "category", "slug", "credit",
        "disclaimer", "status", "keywords", "tags", "blocks", "original",
    ];

    // Arabic and emoji as UTF-8 bytes, as real files have them (so spliced bytes can break a character).
    private static readonly JsonSerializerOptions Raw = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Escapes =
    [
        @"\ud800", @"\udfff", @"\udc00\ud800", @"\ud83d", @"x\ud800y", @"\u12", @"\uZZZZ", @"\x41", @"\", @"\U0041", "\u0001", "\t",
    ];

    private static readonly Gen<string> Words = Gen.OneOf(
        "Idlib", "Aleppo", "الرقة", "دمشق", "council", "water", "ceasefire", "نزوح", "Hmeimim", "Kurdish", "SDF", "\u200f", "🇸🇾", "&amp;", "<b>", "O'Neil", " ", "\u00a0", "-");

    /// <summary>Readable text of a few words, Arabic and English mixed.</summary>
    public static readonly Gen<string> Text = Words.Array[1, 12].Select(w => string.Join(' ', w));

    /// <summary>A good record with the given id: title and text always, other fields now and then.</summary>
    public static Gen<JsonObject> Good(string id) =>
        Gen.Select(Text, Text, Text.Null(0.5), Gen.OneOf("2024-03-01", "2023-12-31T10:00:00Z", "1700000000"), Gen.OneOf("en", "ar"), Text.Array[0, 4], Gen.Bool)
            .Select((title, text, standfirst, date, language, keywords, fullShape) =>
            {
                var record = new JsonObject
                {
                    ["id"] = id,
                    ["title"] = title,
                    ["text"] = text + " " + id,
                    ["date"] = date,
                    ["language"] = language,
                    ["source"] = fullShape ? new JsonObject { ["name"] = "Enab Baladi", ["leaning"] = "opposition" } : "enab",
                    ["keywords"] = new JsonArray([.. keywords.Select(k => (JsonNode?)JsonValue.Create(k))]),
                };
                if (standfirst is not null)
                {
                    record["standfirst"] = standfirst;
                }

                if (fullShape)
                {
                    record["blocks"] = new JsonArray(new JsonObject { ["type"] = "paragraph", ["text"] = text }, new JsonObject { ["type"] = "quote", ["text"] = title });
                    record["original"] = new JsonObject { ["headline"] = title, ["text"] = text, ["language"] = "ar" };
                    record["section"] = "News";
                    record["url"] = "https://example.org/" + id;
                }

                return record;
            });

    /// <summary>The record as one line of UTF-8.</summary>
    public static byte[] Bytes(JsonObject record) => Encoding.UTF8.GetBytes(record.ToJsonString(Raw));

    /// <summary>A line as UTF-8 bytes, and whether it must be rejected (some damage leaves an importable line).</summary>
    public sealed record Line(byte[] Bytes, bool MustReject, string What)
    {
        public override string ToString() => $"{What}: {Encoding.UTF8.GetString(Bytes)}";
    }

    /// <summary>A damaged line made from a good record with the given id.</summary>
    public static Gen<Line> Bad(string id) => Gen.OneOf(
        Good(id).Select(Gen.OneOf(Fields), Gen.OneOf(Escapes), Gen.Int[0, 1_000], (record, field, escape, at) => Escaped(record, field, escape, at)),
        Good(id).Select(Gen.OneOf(Fields), Odd, (record, field, value) => Retyped(record, field, value)),
        Good(id).Select(Gen.Int[0, 1_000], (record, at) => Cut(record, at)),
        Good(id).Select(Gen.Int[0, 1_000], Gen.OneOf<byte[]>([0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0x00]), (record, at, bytes) => Spliced(record, at, bytes)),
        Gen.OneOf(
            new Line("[]"u8.ToArray(), true, "an array"),
            new Line("\"just a string\""u8.ToArray(), true, "a string"),
            new Line("{"u8.ToArray(), true, "an open brace"),
            new Line(Encoding.UTF8.GetBytes(new string('[', 5_000)), true, "deep nesting"),
            new Line("{\"title\":\"no id\",\"text\":\"x\"}"u8.ToArray(), true, "no id"),
            new Line(Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\"}}"), true, "no title or text")));

    // Values of the wrong kind for any field: the importer must reject or ignore them, never fail.
    private static readonly Gen<JsonNode?> Odd = Gen.OneOf(
        Gen.Const(() => (JsonNode?)null),
        Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(0.5)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const<JsonNode?>(new JsonArray(1, "two", null, new JsonObject())),
        Gen.Const<JsonNode?>(new JsonObject { ["type"] = "marquee", ["text"] = 3 }),
        Gen.Const<JsonNode?>(JsonValue.Create(new string('x', 300_000))),
        Gen.Const<JsonNode?>(JsonValue.Create("")),
        Gen.Const<JsonNode?>(JsonValue.Create("   ")),
        Gen.Const<JsonNode?>(new JsonArray(new JsonObject { ["name"] = new JsonArray() }, new JsonObject { ["type"] = "h2" })));

    // An escape put inside one of the record's string values (nested ones too): the line stays JSON.
    private static Line Escaped(JsonObject record, string field, string escape, int at)
    {
        var marker = "\u2063MARK\u2063";
        var strings = StringsOf(record, field).ToList();
        var read = strings.Count > 0; // every string of a good record is read; a field added now may be ignored (title wins over headline)
        if (strings.Count == 0)
        {
            record[field] = marker;
        }
        else
        {
            var (parent, key, value) = strings[at % strings.Count];
            var cut = at % (value.Length + 1);
            Put(parent, key, value[..cut] + marker + value[cut..]);
        }

        var json = record.ToJsonString(Raw).Replace(JsonSerializer.Serialize(marker, Raw)[1..^1], escape, StringComparison.Ordinal);
        var mustReject = !IsJson(json) || (read && !IsValidJsonText(json));
        return new Line(Encoding.UTF8.GetBytes(json), mustReject, $"{escape} in {field}");
    }

    private static Line Retyped(JsonObject record, string field, JsonNode? value)
    {
        record[field] = value?.DeepClone();
        var numericId = value is JsonValue number && (number.TryGetValue<long>(out _) || number.TryGetValue<double>(out _));
        return new Line(Encoding.UTF8.GetBytes(record.ToJsonString(Raw)), MustReject: field == "id" && !numericId, $"{field} = {Shorten(value?.ToJsonString() ?? "null")}");
    }

    private static Line Cut(JsonObject record, int at)
    {
        var bytes = Encoding.UTF8.GetBytes(record.ToJsonString(Raw));
        return new Line(bytes[..(1 + (at % (bytes.Length - 1)))], MustReject: true, "cut short");
    }

    private static Line Spliced(JsonObject record, int at, byte[] inserted)
    {
        var bytes = Encoding.UTF8.GetBytes(record.ToJsonString(Raw));
        var cut = at % (bytes.Length + 1);
        return new Line([.. bytes[..cut], .. inserted, .. bytes[cut..]], MustReject: false, $"bytes {Convert.ToHexString(inserted)} at {cut}");
    }

    private static IEnumerable<(JsonNode Parent, object Key, string Value)> StringsOf(JsonObject record, string field)
    {
        if (record[field] is not { } node)
        {
            yield break;
        }

        var stack = new Stack<(JsonNode Parent, object Key, JsonNode Node)>();
        stack.Push((record, field, node));
        while (stack.Count > 0)
        {
            var (parent, key, current) = stack.Pop();
            switch (current)
            {
                case JsonValue v when v.TryGetValue<string>(out var s):
                    yield return (parent, key, s);
                    break;
                case JsonObject o:
                    foreach (var (name, child) in o.ToList())
                    {
                        if (child is not null)
                        {
                            stack.Push((o, name, child));
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is { } child)
                        {
                            stack.Push((a, i, child));
                        }
                    }

                    break;
            }
        }
    }

    private static void Put(JsonNode parent, object key, string value)
    {
        if (parent is JsonObject o)
        {
            o[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "..." : text;

    private static bool IsJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Whether every string in the JSON text reads as text (a lone surrogate or a broken escape does not).
    private static bool IsValidJsonText(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return AllStrings(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool AllStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Object:
                return element.EnumerateObject().All(p => AllStrings(p.Value));
            case JsonValueKind.Array:
                return element.EnumerateArray().All(AllStrings);
            default:
                return true;
        }
    }
}
