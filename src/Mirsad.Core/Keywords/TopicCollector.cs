using Mirsad.Core.Keywords.Grammar;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Collects topic candidates: English noun phrases ("illegal aliens", "1990 census"), grouped by
/// their Porter stems so "storm" and "storms" are one topic; in Arabic, runs of content words and
/// their n-grams up to three words.
/// </summary>
internal sealed class TopicCollector
{
    private static readonly string[] ArabicCliticArticles = ["وبال", "وال", "بال", "كال", "فال", "لل"];

    private readonly Dictionary<string, KeywordCandidate> _topics = new(StringComparer.Ordinal);

    public IEnumerable<KeywordCandidate> Candidates => _topics.Values;

    public void Collect(TextPart part)
    {
        CollectPhrases(part);
        CollectArabic(part);
    }

    private void CollectPhrases(TextPart part)
    {
        var (tokens, tags) = (part.Tokens, part.Tags);
        foreach (var (start, end) in NounPhraseChunker.Chunk(tokens, part.Text, tags))
        {
            var first = start;
            var count = 0;
            var allNames = true;
            string? only = null;
            for (var i = first; i < end; i++)
            {
                if (!tokens[i].IsArticle)
                {
                    count++;
                    only = tokens[i].Key;
                    allNames &= tags[i] == WordClass.ProperNoun;
                }
            }

            // Names (a phrase whose head is a name) are the entity collector's; single function-like words are no topic.
            if (count == 0 || allNames || EndsOnName(part, end) || (count == 1 && (only!.Length < 3 || StopWords.English.Contains(only))))
            {
                continue;
            }

            Add(part, first, end, lowerFirst: tags[first] != WordClass.ProperNoun, weak: false);
            AddInnerPhrases(part, first, end);
        }
    }

    // A phrase without its first words is a topic too, mentioned wherever the longer one is: "the
    // worst oil spill" and "a major oil spill" both speak of an "oil spill", which may never stand
    // alone. Single head words are left out ("officials" of "Russian officials" says little), and a
    // hyphen joins words for good ("hurricane-force winds" never yields "force winds").
    private void AddInnerPhrases(TextPart part, int first, int end)
    {
        var (tokens, tags) = (part.Tokens, part.Tags);
        for (var s = first + 1; s < end - 1; s++)
        {
            if (tags[s] != WordClass.ProperNoun && !tokens[s].IsArticle && !part.JoinedToNext(s - 1))
            {
                Add(part, s, end, lowerFirst: true, weak: false);
            }
        }
    }

    // "President Pak Chong-hui": a name, also when its last part is a lower-case syllable after a hyphen.
    private static bool EndsOnName(TextPart part, int end) =>
        part.Tags[end - 1] == WordClass.ProperNoun
        || (end >= 2 && part.Tags[end - 2] == WordClass.ProperNoun && part.JoinedToNext(end - 2) && !EnglishLexicon.Default.IsKnown(part.Tokens[end - 1].Key));

    private void CollectArabic(TextPart part)
    {
        var tokens = part.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsArabicTopicWord(tokens[i]) || part.Covered[i])
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && IsArabicTopicWord(tokens[end]) && !part.Covered[end] && !tokens[end].BreakBefore && tokens[end].Sentence == tokens[i].Sentence)
            {
                end++;
            }

            for (var n = 1; n <= Math.Min(3, end - i); n++)
            {
                for (var s = i; s + n <= end; s++)
                {
                    Add(part, s, s + n, lowerFirst: false, weak: false);
                }
            }

            i = end;
        }
    }

    // The words as written, without diacritics, and with a clitic before the article dropped
    // ("للنادي الأهلي" is shown as "النادي الأهلي").
    private static string ArabicDisplayName(TextPart part, int start, int end)
    {
        var words = new List<string>(end - start);
        for (var i = start; i < end; i++)
        {
            var word = ArabicNormalizer.StripMarks(part.Tokens[i].Text);
            foreach (var clitic in ArabicCliticArticles)
            {
                if (word.StartsWith(clitic, StringComparison.Ordinal) && word.Length > clitic.Length + 1)
                {
                    word = "ال" + word[clitic.Length..];
                    break;
                }
            }

            words.Add(word);
        }

        return string.Join(' ', words);
    }

    private static bool IsArabicTopicWord(KeywordToken t) => t.Arabic && t.Key.Length >= 3 && !t.IsArticle && !StopWords.Contains(t);

    private void Add(TextPart part, int start, int end, bool lowerFirst, bool weak)
    {
        var key = string.Join(' ', part.StemsOf(start, end));
        if (_topics.TryGetValue(key, out var candidate))
        {
            // Same stems, same key: only the count and the position can change.
            candidate.Mention(part.Tokens[start].Sentence, weak, part.InTitle, part.Offset + start, []);
            return;
        }

        var words = new List<string>(end - start);
        for (var i = start; i < end; i++)
        {
            if (!part.Tokens[i].IsArticle)
            {
                words.Add(part.Tokens[i].Key);
            }
        }

        if (part.Tokens[start].Arabic)
        {
            // One Arabic keyword whatever the spelling: its address comes from the normalised words
            // (hamza and alef forms, taa marbuta, the article), its name is the text without diacritics.
            candidate = new KeywordCandidate(key, ArabicDisplayName(part, start, end), KeywordKind.Topic, known: false, topic: true)
            {
                Words = words,
                Slug = Slug.From(string.Join(' ', words)),
                Arabic = true,
            };
        }
        else
        {
            var name = CandidateCollector.CleanSurface(part.Text[part.Tokens[start].Start..part.Tokens[end - 1].End]);
            if (lowerFirst && name.Length > 0)
            {
                // A lead written in capitals ("MODERN OFFICE BUILDINGS recirculate ...") is lower-cased whole.
                name = name.Any(char.IsLower) ? char.ToLowerInvariant(name[0]) + name[1..] : name.ToLowerInvariant();
            }

            candidate = new KeywordCandidate(key, name, KeywordKind.Topic, known: false, topic: true) { Words = words };
        }

        _topics[key] = candidate;
        candidate.Mention(part.Tokens[start].Sentence, weak, part.InTitle, part.Offset + start, part.StemsOf(start, end));
    }
}
