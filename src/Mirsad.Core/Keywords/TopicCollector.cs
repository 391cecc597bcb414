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
            while (Environment.GetEnvironmentVariable("MIRSAD_STRIP") == "1" && first < end - 1 && tags[first] != WordClass.ProperNoun && StopWords.English.Contains(tokens[first].Key))
            {
                first++;
            }

            var words = new List<string>(end - first);
            var allNames = true;
            for (var i = first; i < end; i++)
            {
                if (!tokens[i].IsArticle)
                {
                    words.Add(tokens[i].Key);
                    allNames &= tags[i] == WordClass.ProperNoun;
                }
            }

            // Names are the entity collector's; single function-like words are no topic.
            if (words.Count == 0 || allNames || (words.Count == 1 && (words[0].Length < 3 || StopWords.English.Contains(words[0]))))
            {
                continue;
            }

            var name = CandidateCollector.CleanSurface(part.Text[tokens[first].Start..tokens[end - 1].End]);
            if (tags[first] != WordClass.ProperNoun)
            {
                name = char.ToLowerInvariant(name[0]) + name[1..];
            }

            Add(part, first, end, words, name, weak: false);

            // The phrase's shorter endings are candidates too: "oil spill" from "biggest oil spill".
            if (Environment.GetEnvironmentVariable("MIRSAD_SUB") == "1")
            {
                for (var s = first + 1; s < end; s++)
                {
                    if (!tokens[s].IsArticle && tags[s] != WordClass.Number)
                    {
                        var sub = CandidateCollector.CleanSurface(part.Text[tokens[s].Start..tokens[end - 1].End]);
                        Add(part, s, end, words.GetRange(words.Count - (end - s), end - s), tags[s] == WordClass.ProperNoun ? sub : char.ToLowerInvariant(sub[0]) + sub[1..], weak: true);
                    }
                }
            }
        }
    }

    private void CollectArabic(TextPart part)
    {
        var tokens = part.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsArabicTopicWord(tokens[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && IsArabicTopicWord(tokens[end]) && !tokens[end].BreakBefore && tokens[end].Sentence == tokens[i].Sentence)
            {
                end++;
            }

            for (var n = 1; n <= Math.Min(3, end - i); n++)
            {
                for (var s = i; s + n <= end; s++)
                {
                    var words = tokens.Skip(s).Take(n).Select(t => t.Key).ToList();
                    Add(part, s, s + n, words, string.Join(' ', tokens.Skip(s).Take(n).Select(t => t.Text)), weak: false);
                }
            }

            i = end;
        }
    }

    private static bool IsArabicTopicWord(KeywordToken t) => t.Arabic && t.Key.Length >= 3 && !t.IsArticle && !StopWords.Contains(t);

    private void Add(TextPart part, int start, int end, List<string> words, string name, bool weak)
    {
        var stems = part.StemsOf(start, end).ToList();
        var key = string.Join(' ', stems);
        if (!_topics.TryGetValue(key, out var candidate))
        {
            candidate = new KeywordCandidate(key, name, KeywordKind.Topic, known: false, topic: true) { Words = words, Slug = Slug.From(name) };
            _topics[key] = candidate;
        }

        candidate.Mention(part.Tokens[start].Sentence, weak, part.InTitle, part.Offset + start, stems);
    }
}
