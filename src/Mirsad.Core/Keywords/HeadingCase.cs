namespace Mirsad.Core.Keywords;

/// <summary>
/// Subheadings written in title case ("Russia’s Shifting Strategy Post-Assad") capitalise every word,
/// so capitals there say nothing about names: their words are read as if written in lower case
/// (acronyms keep their capitals), as the headline's are when it is in title case.
/// </summary>
internal static class HeadingCase
{
    private const int MaxHeadingWords = 14;

    public static List<KeywordToken> Neutralise(List<KeywordToken> tokens)
    {
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start + 1;
            while (end < tokens.Count && tokens[end].Sentence == tokens[start].Sentence)
            {
                end++;
            }

            if (IsTitleCase(tokens, start, end))
            {
                for (var i = start; i < end; i++)
                {
                    if (!tokens[i].AllCaps)
                    {
                        tokens[i] = tokens[i] with { Capitalized = false };
                    }
                }
            }

            start = end;
        }

        return tokens;
    }

    // A short line of three or more longer words, every one capitalised except function words ("with",
    // "from"); a sentence full of names still has a verb in lower case ("... Sergei Bogdanov visited Damascus").
    private static bool IsTitleCase(List<KeywordToken> tokens, int start, int end)
    {
        if (end - start > MaxHeadingWords)
        {
            return false;
        }

        var words = 0;
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Text.Length <= 3 || t.Arabic || t.IsNumber || Grammar.EnglishLexicon.Default.IsFunctionWord(t.Key))
            {
                continue;
            }

            if (!t.Capitalized)
            {
                return false;
            }

            words++;
        }

        return words >= 3;
    }
}
