using System.Text;
using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>A title reduced to what makes it the same title: letters and digits, case and Arabic spelling variants folded.</summary>
public static class TitleKey
{
    /// <summary>Shortest key compared: "Breaking" or "عاجل" alone says nothing about the story.</summary>
    public const int MinComparableLength = 12;

    /// <summary>The key of <paramref name="title"/>.</summary>
    public static string From(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var folded = ArabicNormalizer.Fold(title).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
