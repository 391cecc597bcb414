using System.Net;
using System.Text.RegularExpressions;

namespace Mirsad.Core.Text;

/// <summary>
/// Reads HTML that arrives where plain text is expected (an imported body pasted from a web page)
/// into paragraphs of plain text. Not a sanitiser: the result is plain text, escaped when shown.
/// </summary>
public static partial class HtmlText
{
    /// <summary>True when the text looks like HTML markup rather than prose that mentions a bracket.</summary>
    public static bool LooksLikeHtml(string text) => BlockTag().IsMatch(text);

    /// <summary>Splits HTML into blocks at block-level tags; headings become subheadings, blockquotes quotes.</summary>
    public static IReadOnlyList<(string Tag, string Text)> Blocks(string html)
    {
        var cleaned = Invisible().Replace(html, " ");
        var blocks = new List<(string, string)>();
        var parts = BlockBoundary().Split(cleaned);
        var tag = "p";
        foreach (var part in parts)
        {
            var open = OpeningTag().Match(part);
            if (open.Success && open.Index == 0 && open.Length == part.Length)
            {
                tag = open.Groups[1].Value.ToLowerInvariant();
                continue;
            }

            var text = PlainText.Collapse(WebUtility.HtmlDecode(AnyTag().Replace(part, " ")));
            if (text.Length > 0)
            {
                blocks.Add((tag, text));
            }
        }

        return blocks;
    }

    /// <summary>Removes every tag and decodes entities.</summary>
    public static string Strip(string html) =>
        PlainText.Collapse(WebUtility.HtmlDecode(AnyTag().Replace(Invisible().Replace(html, " "), " ")));

    [GeneratedRegex(@"<\s*/?\s*(p|br|div|h[1-6]|blockquote|li|ul|ol|section|article|table|tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"(<\s*/?\s*(?:p|br|div|h[1-6]|blockquote|li|ul|ol|section|article|table|tr)\b[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"^<\s*(p|div|h[1-6]|blockquote|li)\b[^>]*>$", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<\s*(script|style|noscript|template)\b[^>]*>.*?<\s*/\s*\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();
}
