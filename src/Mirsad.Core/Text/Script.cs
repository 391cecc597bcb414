namespace Mirsad.Core.Text;

/// <summary>Cheap script tests used to pick analyzers and text direction.</summary>
public static class Script
{
    /// <summary>True when <paramref name="c"/> is in one of the Arabic Unicode blocks.</summary>
    public static bool IsArabic(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>True when the text holds any Arabic letter.</summary>
    public static bool ContainsArabic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsArabic(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Guesses the language of a text from its letters: "ar" when most letters are Arabic, else "en".
    /// Only the first 2,000 characters are looked at.
    /// </summary>
    public static string GuessLanguage(ReadOnlySpan<char> text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text[..Math.Min(text.Length, 2000)])
        {
            if (IsArabic(c))
            {
                arabic++;
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }

        return arabic > latin ? "ar" : "en";
    }

    /// <summary>The text direction for a language code: "rtl" for Arabic, Persian, Urdu, Hebrew and Kurdish (Sorani), else "ltr".</summary>
    public static string Direction(string? language) =>
        language is "ar" or "fa" or "ur" or "he" or "ckb" ? "rtl" : "ltr";
}
