using System.Globalization;
using System.Text;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Splits text into words with the signals keyword extraction needs: sentence index, capitalisation,
/// punctuation breaks and a matching key. Hyphens split words ("al-Sharaa" is "al" + "Sharaa") without
/// a break; "U.S." stays one word.
/// </summary>
internal static class KeywordTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "co", "corp", "ltd",
    };

    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal) { "al", "el", "the", "ال" };

    public static List<KeywordToken> Tokenize(string text, bool caseIsInformative = true, int sentenceOffset = 0)
    {
        var tokens = new List<KeywordToken>(Math.Max(16, text.Length / 6));
        var sentence = sentenceOffset;
        var sentenceStart = true;
        var breakBefore = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '؟' or ';' or '\n' or '\r' or '…')
                {
                    if (c is '\n' || !sentenceStart)
                    {
                        if (!sentenceStart)
                        {
                            sentence++;
                        }

                        sentenceStart = true;
                    }
                }

                // A hyphen joins the words it stands between ("hurricane-force"); spaced or doubled it is a
                // dash ("violent crime -- rape") and ends a phrase like any other punctuation.
                var joining = c is '-' or '‐'
                    ? i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    : c is '\'' or '’' or ' ' or '\t' or 'ـ';
                if (!joining)
                {
                    breakBefore = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            var word = text[start..i];
            var arabic = Script.IsArabic(word[0]);
            var capitalized = caseIsInformative && char.IsUpper(word[0]);
            var allCaps = caseIsInformative && word.Length >= 2 && word.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
            tokens.Add(new KeywordToken(word, Key(word, arabic), sentence, sentenceStart, breakBefore, capitalized, allCaps, arabic, start));
            sentenceStart = false;
            breakBefore = false;

            // A full stop after an abbreviation or an initial ("U.S.", "Mr.") does not end the sentence.
            if (i < text.Length && text[i] == '.' && (word.Contains('.', StringComparison.Ordinal) || word.Length == 1 || Abbreviations.Contains(word)))
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The matching key of one word: "Putin’s" → "putin", "U.S." → "us", "al" → "".</summary>
    public static string Key(string word, bool arabic)
    {
        if (arabic)
        {
            var arabicKey = ArabicNormalizer.WordKey(word);
            return arabicKey == "ال" ? string.Empty : arabicKey;
        }

        var w = word;
        if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            w = w[..^2];
        }

        var sb = new StringBuilder(w.Length);
        foreach (var ch in w.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(ch) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        var key = sb.ToString();
        return ArticleWords.Contains(key) ? string.Empty : key;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return true;
        }

        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var prev = i > 0 ? text[i - 1] : ' ';

        // Apostrophes inside a word (Hay'at, Putin's), dots inside acronyms (U.S.), digits with separators (1,200).
        return c switch
        {
            '\'' or '’' => char.IsLetter(prev) && char.IsLetter(next),
            '.' => char.IsLetter(prev) && char.IsUpper(prev) && char.IsLetter(next) && char.IsUpper(next) && (i + 2 >= text.Length || text[i + 2] == '.'),
            ',' => char.IsDigit(prev) && char.IsDigit(next),
            'ـ' => true,
            _ => false,
        };
    }
}
