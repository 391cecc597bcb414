namespace Mirsad.Core.Keywords.Grammar;

/// <summary>
/// Tags English words with their word class for noun-phrase chunking: each word's possible classes
/// come from the <see cref="EnglishLexicon"/>, and the word before and after decide between them
/// ("the attack" is a noun, "to attack" and "they attack" are verbs, "storm warnings" is a compound
/// noun, "the storm hits the coast" has a verb). Capitalised words inside a sentence are proper nouns.
/// Rules rather than a trained model: nothing is downloaded, and it runs at dictionary-lookup speed.
/// </summary>
internal static class PartOfSpeechTagger
{
    private const WordClass NounLike = WordClass.Noun | WordClass.ProperNoun;
    private const WordClass OpensNounPhrase = WordClass.Determiner | WordClass.Adjective | WordClass.Number;

    /// <summary>Tags each word; <paramref name="isName"/> says which capitalised words the text uses as names (never in lower case).</summary>
    public static WordClass[] Tag(IReadOnlyList<KeywordToken> tokens, string text, EnglishLexicon lexicon, Func<string, bool>? isName = null)
    {
        var readings = new WordReading[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            readings[i] = Read(tokens[i], lexicon, isName);
        }

        var tags = new WordClass[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var prev = i > 0 && tokens[i - 1].Sentence == t.Sentence ? tags[i - 1] : WordClass.None;
            var prevPossessive = i > 0 && IsPossessive(tokens[i - 1], text) && !t.BreakBefore;
            var next = i + 1 < tokens.Count && !tokens[i + 1].BreakBefore && tokens[i + 1].Sentence == t.Sentence ? readings[i + 1] : default;
            var inflected = t.Key.Length > 3 && t.Key[^1] == 's' && t.Key[^2] != 's';
            var prevPlural = prev == WordClass.Noun && !t.BreakBefore && lexicon.IsPlural(tokens[i - 1].Key);
            tags[i] = Choose(readings[i], t.BreakBefore ? WordClass.None : prev, prevPossessive, prevPlural, next, inflected);

            // "shells that contained toxic gases": "that" after a noun and before a verb starts a clause; as a
            // determiner it would make the verb an adjective ("contained toxic gases" as one phrase).
            if (t.Key == "that" && (prev & NounLike) != 0 && !t.BreakBefore && next.Can(WordClass.PastVerb | WordClass.Auxiliary | WordClass.Modal)
                && !next.Can(WordClass.Noun | WordClass.ProperNoun))
            {
                tags[i] = WordClass.Wh;
            }

            // The first part of a hyphenated compound modifies what follows ("hurricane-force winds").
            if (TextPart.IsJoined(tokens, text, i) && tags[i] is not (WordClass.Number or WordClass.ProperNoun or WordClass.Determiner) && !t.Arabic)
            {
                tags[i] = WordClass.Adjective;
            }
        }

        return tags;
    }

    /// <summary>
    /// True when the word is written with a possessive ending ("Alaska's", or a bare apostrophe after -s:
    /// "Thomas' nomination"), which closes a noun phrase.
    /// </summary>
    public static bool IsPossessive(KeywordToken token, string text) =>
        (token.Text.Length > 2 && token.Text[^2] is '\'' or '’' && token.Text[^1] is 's' or 'S')
        || (token.Text.Length > 1 && token.Text[^1] is 's' or 'S' && token.End < text.Length && text[token.End] is '\'' or '’'
            && (token.End + 1 == text.Length || !char.IsLetter(text[token.End + 1])));

    private static WordReading Read(KeywordToken t, EnglishLexicon lexicon, Func<string, bool>? isName)
    {
        if (t.Arabic)
        {
            return default;
        }

        if (t.IsArticle)
        {
            return WordReading.Of(WordClass.Determiner);
        }

        if (t.IsNumber)
        {
            return WordReading.Of(WordClass.Number);
        }

        if (t.AllCaps && t.Text.Length > 1)
        {
            return WordReading.Of(WordClass.ProperNoun);
        }

        if (t.Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || t.Text.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
        {
            return WordReading.Of(WordClass.Auxiliary); // "wasn't", "isn't", "don't"
        }

        if (IsContraction(t.Text))
        {
            return WordReading.Of(WordClass.Auxiliary); // "we've", "they're", "I'll": a pronoun with its auxiliary
        }

        var reading = lexicon.Read(t.Key);

        // A spelled-out count stays a count when capitalised ("... Fatah al-Sham Eleven people were killed").
        if (reading.Options == WordClass.Number)
        {
            return reading;
        }

        if (t.Capitalized && !lexicon.IsFunctionWord(t.Key) && (!t.SentenceStart || !lexicon.IsKnown(t.Key) || (isName?.Invoke(t.Key) ?? false)))
        {
            return WordReading.Of(WordClass.ProperNoun);
        }

        return reading;
    }

    private static bool IsContraction(string text)
    {
        var apostrophe = text.LastIndexOfAny(['\'', '’']);
        return apostrophe > 0 && text[(apostrophe + 1)..].ToLowerInvariant() is "ve" or "re" or "ll" or "d" or "m";
    }

    private static WordClass Choose(WordReading r, WordClass prev, bool prevPossessive, bool prevPlural, WordReading next, bool inflected)
    {
        var options = r.Options;
        if (options == WordClass.None || (options & (options - 1)) == 0)
        {
            return options;
        }

        // "killed and injured five others", "a grave containing 230 bodies": a verb form before a count takes it as object.
        if (next.Likely == WordClass.Number && prev != WordClass.Determiner && r.Can(WordClass.PastVerb | WordClass.Gerund))
        {
            return r.Can(WordClass.PastVerb) ? WordClass.PastVerb : WordClass.Gerund;
        }

        // "explosive material led to": a past tense that is its word's likelier reading, before what starts
        // an object or a complement, is a verb even where a noun phrase could go on.
        if (r.Likely == WordClass.PastVerb && prev != WordClass.Determiner && next.Can(WordClass.To | WordClass.Determiner | WordClass.Pronoun))
        {
            return WordClass.PastVerb;
        }

        // After "the", an adjective, a number or a possessive: part of a noun phrase.
        if ((prev & OpensNounPhrase) != 0 || prevPossessive)
        {
            if (r.Can(WordClass.Adjective) && next.Can(NounLike | WordClass.Adjective) && !next.Can(WordClass.Determiner) && next.Likely != WordClass.PastVerb)
            {
                return WordClass.Adjective;
            }

            if (r.Can(WordClass.Noun))
            {
                return WordClass.Noun;
            }

            if (r.Can(WordClass.Adjective))
            {
                return WordClass.Adjective;
            }
        }

        if ((prev & (WordClass.To | WordClass.Modal | WordClass.Negation)) != 0 && r.Can(WordClass.Verb))
        {
            return WordClass.Verb;
        }

        if ((prev & (WordClass.Pronoun | WordClass.Wh)) != 0 && r.Can(WordClass.Verb | WordClass.PastVerb))
        {
            return r.Can(WordClass.PastVerb) ? WordClass.PastVerb : WordClass.Verb;
        }

        if (prev == WordClass.Auxiliary)
        {
            if (r.Can(WordClass.PastVerb | WordClass.Gerund))
            {
                return r.Can(WordClass.PastVerb) ? WordClass.PastVerb : WordClass.Gerund;
            }

            if (r.Can(WordClass.Adjective))
            {
                return WordClass.Adjective;
            }
        }

        // "keep counting illegal aliens": an -ing form before an adjective or a determiner takes an object.
        if (r.Can(WordClass.Gerund) && (prev & NounLike) == 0 && next.Likely is WordClass.Adjective or WordClass.Determiner or WordClass.Pronoun)
        {
            return WordClass.Gerund;
        }

        if ((prev & NounLike) != 0)
        {
            // "the storm hits the coast", "troops stationed in": a verb form before what starts a new phrase.
            const WordClass StartsObject = WordClass.Determiner | WordClass.Pronoun | WordClass.Number | WordClass.To | WordClass.ProperNoun;

            // "athletes expressed sympathy"; but "tax cut" is a noun unless what follows says otherwise ("the fire spread far").
            if (r.Can(WordClass.PastVerb) && (r.Likely == WordClass.PastVerb || !r.Can(WordClass.Noun) || next.Can(StartsObject | WordClass.Adverb | WordClass.Preposition)))
            {
                return WordClass.PastVerb;
            }

            // English compounds modify with the singular ("tornado warnings", not "tornadoes warnings"): after a
            // plural, a word that can be a verb is one ("the rebels charge farmers", "hunters flying").
            if (prevPlural && r.Can(WordClass.Verb | WordClass.Gerund))
            {
                return r.Can(WordClass.Gerund) ? WordClass.Gerund : WordClass.Verb;
            }

            // "the military says", "Slovenia advocates autonomy": an -s form read first as a verb.
            if (r.Likely == WordClass.Verb && inflected && !next.Can(WordClass.Noun | WordClass.ProperNoun))
            {
                return WordClass.Verb;
            }

            // "a form asking whether", "crews working at", "shells killing three people": an -ing form before
            // what no noun phrase continues with, or before a count of what it acts on.
            if (r.Can(WordClass.Gerund) && (next.Options == WordClass.None || next.Can(WordClass.Preposition | WordClass.Conjunction | WordClass.Wh | WordClass.Determiner | WordClass.Number)))
            {
                return WordClass.Gerund;
            }
            if (r.Can(WordClass.PastVerb) && (next.Options == WordClass.None || next.Can(StartsObject | WordClass.Adverb | WordClass.Preposition)))
            {
                return WordClass.PastVerb;
            }

            if (r.Can(WordClass.Verb) && next.Can(StartsObject))
            {
                return WordClass.Verb;
            }

            // "Syria comes at a time": an -s form whose verb reading is the likelier one, before a preposition.
            if (r.Likely == WordClass.Verb && inflected && next.Can(WordClass.Preposition | WordClass.Adverb))
            {
                return WordClass.Verb;
            }

            // "a death involving police": an -ing form that is no noun in its own right is a participle.
            if (r.Likely == WordClass.Gerund)
            {
                return WordClass.Gerund;
            }

            if (r.Can(WordClass.Noun))
            {
                return WordClass.Noun;
            }
        }

        // Before a noun, an adjective reading wins ("illegal aliens", "national head count"), but not over a
        // likelier past tense (", said Fire Center spokesman").
        if (r.Can(WordClass.Adjective) && next.Likely is WordClass.Noun or WordClass.ProperNoun && !r.Can(WordClass.Determiner) && r.Likely != WordClass.PastVerb)
        {
            return WordClass.Adjective;
        }

        return r.Likely;
    }
}
