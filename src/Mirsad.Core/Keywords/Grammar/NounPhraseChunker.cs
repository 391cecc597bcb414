namespace Mirsad.Core.Keywords.Grammar;

/// <summary>
/// Finds the noun phrases of a tagged sentence: maximal runs of adjectives, nouns and numbers with
/// no punctuation inside, ending on a noun ("major environmental catastrophe", "1990 census"). A
/// possessive closes a phrase ("Alaska's | chief environmental officer"), and so does a name after a
/// common noun ("a request | Moscow has not granted"), and a spelled-out count after a name ("Fatah
/// al-Sham | Eleven people"; "Boeing 747" stays whole), and any count after a common noun ("recent days |
/// 57 civilians"); grades and hedges in front ("worst", "alleged") and counts in front are
/// dropped ("118 | tornadoes") but years are kept.
/// </summary>
internal static class NounPhraseChunker
{
    private const WordClass Head = WordClass.Noun | WordClass.ProperNoun;

    public static IEnumerable<(int Start, int End)> Chunk(IReadOnlyList<KeywordToken> tokens, string text, WordClass[] tags)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if ((tags[i] & WordClass.Nominal) == 0)
            {
                i++;
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < tokens.Count && (tags[end] & WordClass.Nominal) != 0 && !tokens[end].BreakBefore
                   && tokens[end].Sentence == tokens[start].Sentence && !PartOfSpeechTagger.IsPossessive(tokens[end - 1], text)
                   && !(tags[end] == WordClass.ProperNoun && tags[end - 1] == WordClass.Noun && !TextPart.IsJoined(tokens, text, end - 1))
                   && !(tags[end] == WordClass.Number && !tokens[end].IsNumber && tags[end - 1] == WordClass.ProperNoun)
                   && !(tags[end] == WordClass.Number && tags[end - 1] == WordClass.Noun))
            {
                end++;
            }

            i = end;
            while (start < end && tags[start] == WordClass.Number && !IsYear(tokens[start]) && !TextPart.IsJoined(tokens, text, start))
            {
                start++;
            }

            // "the worst oil spill", "an alleged plot": a grade or a hedge is no part of what the phrase names.
            while (start < end - 1 && tags[start] == WordClass.Adjective && !tokens[start].Capitalized && EnglishLexicon.Default.IsGrading(tokens[start].Key))
            {
                start++;
            }

            while (end > start && (tags[end - 1] & Head) == 0)
            {
                end--;
            }

            if (end > start)
            {
                yield return (start, end);
            }
        }
    }

    private static bool IsYear(KeywordToken t) =>
        t.Text.Length == 4 && int.TryParse(t.Text, out var year) && year is >= 1800 and <= 2100;
}
