using System.Text;
using System.Text.RegularExpressions;

namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// Turns a fetched body into text. The byte-order mark wins; then bytes that are valid UTF-8 with
/// non-ASCII letters are UTF-8 whatever was declared (a mislabelled page is common, valid UTF-8 by
/// accident is not); then the HTTP charset, the XML declaration or the HTML meta charset; and when
/// nothing fits, windows-1256 for Arabic sources (what older Arabic sites use) or windows-1252.
/// Never throws: undecodable bytes become U+FFFD.
/// </summary>
public static partial class CharsetDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="body"/>; <paramref name="declared"/> is the HTTP charset, <paramref name="language"/> the source's language.</summary>
    public static DecodedText Decode(byte[] body, string? declared, string? language)
    {
        if (Bom(body) is { } bom)
        {
            return new DecodedText(bom.Encoding.GetString(body, bom.Length, body.Length - bom.Length), bom.Encoding.WebName);
        }

        var named = declared ?? Sniff(body);
        var utf8 = TryStrictUtf8(body, out var asUtf8, out var hasNonAscii);
        if (utf8 && (hasNonAscii || named is null || IsUtf8(named)))
        {
            var note = named is not null && !IsUtf8(named) && hasNonAscii ? $"declared {named} but the bytes are UTF-8; read as UTF-8" : null;
            return new DecodedText(asUtf8!, "utf-8", note);
        }

        var fallback = language is "ar" or "fa" or "ur" ? "windows-1256" : "windows-1252";
        if (named is not null && !IsUtf8(named) && Lenient(named) is { } encoding)
        {
            return new DecodedText(encoding.GetString(body), encoding.WebName);
        }

        var reason = named is null ? "no charset declared and the bytes are not UTF-8" : $"declared {named} but the bytes are not valid {named}";
        var guess = Lenient(fallback)!;
        return new DecodedText(guess.GetString(body), guess.WebName, $"{reason}; read as {fallback}");
    }

    private static (Encoding Encoding, int Length)? Bom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => null,
    };

    private static bool TryStrictUtf8(byte[] body, out string? text, out bool hasNonAscii)
    {
        hasNonAscii = Array.Exists(body, b => b >= 0x80);
        try
        {
            text = StrictUtf8.GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static string? Sniff(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 4_096));
        var match = XmlDeclaration().Match(head);
        if (!match.Success)
        {
            match = MetaCharset().Match(head);
        }

        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsUtf8(string name) => name.Replace("-", string.Empty, StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static Encoding? Lenient(string name)
    {
        try
        {
            // Browsers read ISO-8859-6 labels and "arabic" as windows-1256's subset; so do we.
            var canonical = name.Trim().ToLowerInvariant() switch
            {
                "iso-8859-6" or "arabic" or "cp1256" => "windows-1256",
                "iso-8859-1" or "latin1" or "us-ascii" => "windows-1252",
                var other => other,
            };
            return Encoding.GetEncoding(canonical, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=\s*[""']([A-Za-z0-9._:-]{1,40})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9._:-]{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
