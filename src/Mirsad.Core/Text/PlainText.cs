using System.Text;

namespace Mirsad.Core.Text;

/// <summary>Turns imported plain text into paragraphs and trims text to a length at a word boundary.</summary>
public static class PlainText
{
    /// <summary>
    /// Splits text into paragraphs. A blank line always ends a paragraph; a single line break ends one
    /// when the line before ends a sentence or the next line is indented (wire copy), and is otherwise a
    /// hard wrap that is joined with a space. White space inside a paragraph is collapsed.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
                continue;
            }

            var indented = raw.Length > 0 && (raw[0] == '\t' || raw.StartsWith("  ", StringComparison.Ordinal));
            if (current.Length > 0 && (indented || EndsSentence(current)))
            {
                Flush(current, paragraphs);
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            AppendCollapsed(current, line);
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>Shortens text to at most <paramref name="max"/> characters at a word boundary, adding an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1));
        var head = cut > max / 2 ? text[..cut] : text[..(max - 1)];
        return head.TrimEnd(' ', ',', ';', ':', '-', '–') + "…";
    }

    /// <summary>The first sentence of a text, at most <paramref name="max"/> characters.</summary>
    public static string FirstSentence(string text, int max)
    {
        var t = text.Trim();
        for (var i = 0; i < t.Length && i < max; i++)
        {
            if (t[i] is '.' or '!' or '?' or '؟' && (i + 1 == t.Length || char.IsWhiteSpace(t[i + 1])) && i > 10)
            {
                return t[..i];
            }
        }

        return Truncate(Collapse(t), max);
    }

    /// <summary>Collapses runs of white space to single spaces and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendCollapsed(sb, text.Trim());
        return sb.ToString();
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }
    }

    private static bool EndsSentence(StringBuilder sb)
    {
        var last = sb[^1];
        return last is '.' or '!' or '?' or '؟' or ':' or '"' or '”' or '»';
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
