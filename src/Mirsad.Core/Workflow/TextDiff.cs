using System.Text.RegularExpressions;

namespace Mirsad.Core.Workflow;

/// <summary>A word-by-word difference of two texts (longest common subsequence), for revision history.</summary>
public static partial class TextDiff
{
    // Beyond this many word pairs the comparison is not worth its memory: show old and new whole.
    private const long MaxCells = 4_000_000;

    /// <summary>The runs that turn <paramref name="before"/> into <paramref name="after"/>.</summary>
    public static IReadOnlyList<DiffPiece> Words(string? before, string? after)
    {
        var a = Tokens().Matches(before ?? string.Empty).Select(m => m.Value).ToArray();
        var b = Tokens().Matches(after ?? string.Empty).Select(m => m.Value).ToArray();
        var pieces = new List<DiffPiece>();
        if ((long)a.Length * b.Length > MaxCells)
        {
            Add(pieces, -1, string.Concat(a));
            Add(pieces, 1, string.Concat(b));
            return pieces;
        }

        // lengths[i, j]: longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(pieces, 0, a[x++]);
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                Add(pieces, 1, b[y++]);
            }
            else
            {
                Add(pieces, -1, a[x++]);
            }
        }

        return pieces;
    }

    private static void Add(List<DiffPiece> pieces, int change, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Change == change)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(change, text));
        }
    }

    // Words with the spaces after them, so that joining the runs gives the texts back.
    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Tokens();
}
