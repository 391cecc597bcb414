using System.Text;

namespace Mirsad.Core.Text;

/// <summary>
/// Arabic spelling normalisation used for matching names: hamza and alef forms, alef maqsura, taa
/// marbuta, diacritics and tatweel, and the common clitic prefixes (the definite article and the
/// conjunctions and prepositions that attach to it).
/// </summary>
public static class ArabicNormalizer
{
    private static readonly string[] Prefixes = ["وبال", "وال", "بال", "كال", "فال", "لل", "ال"];

    /// <summary>Folds letter variants and drops diacritics and tatweel; other characters pass through.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    sb.Append('ا');
                    break;
                case 'ى' or 'ئ':
                    sb.Append('ي');
                    break;
                case 'ؤ':
                    sb.Append('و');
                    break;
                case 'ة':
                    sb.Append('ه');
                    break;
                case 'ـ':
                    break;
                case >= '\u064B' and <= '\u065F' or '\u0670':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Drops diacritics (harakat) and tatweel only, keeping the letters as written: for display.</summary>
    public static string StripMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('ـ' or (>= '\u064B' and <= '\u065F') or '\u0670'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Folds one word and strips a leading article or article-with-clitic, keeping at least two letters.</summary>
    public static string WordKey(string word)
    {
        var folded = Fold(word);
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length - prefix.Length >= 2)
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }
}
