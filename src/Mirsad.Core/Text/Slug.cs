using System.Globalization;
using System.Text;

namespace Mirsad.Core.Text;

/// <summary>Makes URL-safe names from headlines and keyword names, in any script.</summary>
public static class Slug
{
    /// <summary>The longest slug made, in characters.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Lower-cases, drops Latin diacritics and Arabic harakat, keeps letters and digits of every script and
    /// joins the words with hyphens: "Putin’s message to Sharaa" becomes "putins-message-to-sharaa".
    /// Returns an empty string when nothing usable remains.
    /// </summary>
    public static string From(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(Math.Min(decomposed.Length, maxLength + 16));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (c is '\'' or '’' or '‘' or 'ʼ' or 'ـ')
            {
                continue; // apostrophes and Arabic tatweel join, they do not separate
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length >= maxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return TrimToWord(sb.ToString(), maxLength);
    }

    private static string TrimToWord(string slug, int maxLength)
    {
        if (slug.Length < maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', Math.Min(slug.Length - 1, maxLength));
        return cut > maxLength / 2 ? slug[..cut] : slug[..Math.Min(slug.Length, maxLength)].TrimEnd('-');
    }
}
