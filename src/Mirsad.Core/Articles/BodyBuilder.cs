using Mirsad.Core.Text;

namespace Mirsad.Core.Articles;

/// <summary>Builds an article body (blocks) from imported text: plain text, or HTML pasted as text.</summary>
public static class BodyBuilder
{
    /// <summary>Longest paragraph read as a subheading.</summary>
    public const int MaxSubheadingLength = 90;

    /// <summary>
    /// Splits text into paragraphs; a short line between paragraphs that does not end a sentence
    /// ("Russia’s Shifting Strategy Post-Assad") becomes a subheading.
    /// </summary>
    public static IReadOnlyList<ArticleBlock> FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (HtmlText.LooksLikeHtml(text))
        {
            return HtmlText.Blocks(text).Select(b => b.Tag switch
            {
                ['h', _] => ArticleBlock.Subheading(b.Text),
                "blockquote" => ArticleBlock.Quote(b.Text),
                _ => ArticleBlock.Paragraph(b.Text),
            }).ToList();
        }

        var paragraphs = SplitOnBlankLines(text);
        var blocks = new List<ArticleBlock>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var between = i > 0 && i < paragraphs.Count - 1;
            blocks.Add(between && IsSubheading(p) ? ArticleBlock.Subheading(p) : ArticleBlock.Paragraph(p));
        }

        return blocks;
    }

    private static List<string> SplitOnBlankLines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.Contains("\n\n", StringComparison.Ordinal))
        {
            return [.. PlainText.Paragraphs(normalized)];
        }

        return normalized.Split("\n\n")
            .SelectMany(chunk => PlainText.Paragraphs(chunk))
            .Where(p => p.Length > 0)
            .ToList();
    }

    private static bool IsSubheading(string paragraph) =>
        paragraph.Length <= MaxSubheadingLength
        && paragraph[^1] is not ('.' or '!' or '?' or '؟' or ':' or ',' or ';' or '"' or '”')
        && paragraph.Split(' ').Length <= 12;
}
