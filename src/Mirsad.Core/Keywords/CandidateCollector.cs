using Mirsad.Core.Keywords.Grammar;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Walks the words of a title and body and collects candidates: names from the vocabulary (longest
/// match first), runs of capitalised words (with roles stripped and kinds guessed from context), and
/// topic phrases (runs of lower-case content words).
/// </summary>
internal sealed class CandidateCollector(KeywordVocabulary vocabulary, string titleText, string bodyText)
{
    private const int MaxRun = 6;

    private readonly Dictionary<string, KeywordCandidate> _entities = new(StringComparer.Ordinal);
    private readonly TopicCollector _topics = new();
    private readonly HashSet<string> _lowercaseSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);

    public IEnumerable<KeywordCandidate> Entities => _entities.Values;

    public IEnumerable<KeywordCandidate> Topics => _topics.Candidates;

    /// <summary>The headline and body with their word classes, for the word graph.</summary>
    public IReadOnlyList<TextPart> Parts { get; private set; } = [];

    public void Collect(List<KeywordToken> title, List<KeywordToken> body)
    {
        foreach (var t in body)
        {
            if (t.Arabic || t.Key.Length == 0)
            {
                continue;
            }

            if (!t.Capitalized)
            {
                _lowercaseSeen.Add(t.Key);
            }
            else if (!t.SentenceStart)
            {
                _capitalisedInside.Add(t.Key);
            }
        }

        var lexicon = EnglishLexicon.Default;
        bool IsName(string key) => _capitalisedInside.Contains(key) && !_lowercaseSeen.Contains(key);
        Parts =
        [
            new TextPart(title, titleText, InTitle: true, Offset: 0, PartOfSpeechTagger.Tag(title, titleText, lexicon, IsName)),
            new TextPart(body, bodyText, InTitle: false, Offset: title.Count, PartOfSpeechTagger.Tag(body, bodyText, lexicon, IsName)),
        ];
        foreach (var part in Parts)
        {
            CollectNames(part);
            _topics.Collect(part);
        }

        MergeSurnames();
    }

    private void CollectNames(TextPart part)
    {
        var tokens = part.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.IsArticle)
            {
                i++;
                continue;
            }

            var length = vocabulary.MatchAt(tokens, i, out var match);
            if (length > 0 && match!.Entry.Kind == KeywordKind.Person && NamesAPlace(tokens, i + length))
            {
                i += length; // "al-Assad residential suburb", "Kennedy Airport": a place named after the person
                continue;
            }

            if (length > 0)
            {
                AddKnown(match!.Entry, part, i, i + length, match.Weak);
                Array.Fill(part.Covered, true, i, length);
                i += length;
                continue;
            }

            if (!t.Arabic && t.Capitalized && !t.IsNumber && IsNameStart(tokens, i))
            {
                i = CollectRun(part, i);
                continue;
            }

            i++;
        }
    }

    // A place word right after the name, or after one lower-case word ("residential suburb").
    private static bool NamesAPlace(List<KeywordToken> tokens, int next)
    {
        for (var j = next; j < tokens.Count && j < next + 2 && !tokens[j].BreakBefore; j++)
        {
            if (EntityCues.PlaceNouns.Contains(tokens[j].Key))
            {
                return true;
            }

            if (tokens[j].Capitalized || EnglishLexicon.Default.IsFunctionWord(tokens[j].Key))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsNameStart(List<KeywordToken> tokens, int i)
    {
        var t = tokens[i];
        var nextCapitalised = i + 1 < tokens.Count && tokens[i + 1].Capitalized && !tokens[i + 1].BreakBefore;
        if (StopWords.English.Contains(t.Key) && !EntityCues.Roles.Contains(t.Key)
            && (t.SentenceStart || !nextCapitalised || EnglishLexicon.Default.IsFunctionWord(t.Key)))
        {
            return false; // but "New Delhi", "Great Britain" inside a sentence are names
        }

        if (t.SentenceStart)
        {
            return nextCapitalised || (_capitalisedInside.Contains(t.Key) && !_lowercaseSeen.Contains(t.Key));
        }

        return nextCapitalised || !_lowercaseSeen.Contains(t.Key);
    }

    private int CollectRun(TextPart part, int start)
    {
        var tokens = part.Tokens;
        var end = start + 1;
        while (end < tokens.Count && end - start < MaxRun && !PartOfSpeechTagger.IsPossessive(tokens[end - 1], part.Text))
        {
            var t = tokens[end];
            if (t.BreakBefore || (vocabulary.MatchAt(tokens, end, out var known) > 0 && !IsSurnameAfterFirstName(tokens, start, end, known!)))
            {
                break;
            }

            if (EntityCues.PersonRoles.Contains(t.Key) && !EntityCues.Roles.Contains(tokens[end - 1].Key))
            {
                break; // "Madison County Civil Defense | Director Bernard Smith": a role starts the next name
            }

            if (EnglishLexicon.Default.Read(t.Key).Options == WordClass.Number)
            {
                break; // "Fatah al-Sham | Eleven people were killed": a spelled-out count ends a name
            }

            if (!t.Capitalized && TextPart.IsJoined(tokens, part.Text, end - 1) && !EnglishLexicon.Default.IsKnown(t.Key))
            {
                end++; // "Pak Chong-hui", "Chong Kyong-sik": the second part of a hyphenated given name
            }
            else if (t.Capitalized && (!StopWords.English.Contains(t.Key) || (end + 1 < tokens.Count && tokens[end + 1].Capitalized && !EnglishLexicon.Default.IsFunctionWord(t.Key))))
            {
                end++;
            }
            else if ((t.IsArticle || EntityCues.Connectors.Contains(t.Key)) && end + 1 < tokens.Count
                     && tokens[end + 1].Capitalized && !tokens[end + 1].BreakBefore)
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        // Strip leading roles ("Deputy Foreign Minister") and remember that they announce a person.
        var first = start;
        var personRole = false;
        while (first < end - 1 && EntityCues.Roles.Contains(tokens[first].Key))
        {
            personRole |= EntityCues.PersonRoles.Contains(tokens[first].Key);
            first++;
        }

        if (first < end && EntityCues.Roles.Contains(tokens[first].Key) && first == end - 1)
        {
            return end; // a role on its own ("President said") names nobody
        }

        var keys = tokens.Skip(first).Take(end - first).Where(t => !t.IsArticle).Select(t => t.Key).ToList();
        if (keys.Count == 0)
        {
            return end;
        }

        var surface = CleanSurface(part.Text[tokens[first].Start..tokens[end - 1].End]);
        if (vocabulary.TryResolve(surface, out var entry))
        {
            AddKnown(entry, part, first, end, weak: false);
            return end;
        }

        var isAcronym = keys.Count == 1 && tokens[first].AllCaps;
        if (keys.Count == 1 && !isAcronym && (EntityCues.LooksLikeAdjective(keys[0]) || EntityCues.IsCompassPoint(keys[0]) || keys[0].Length < 3))
        {
            return end;
        }

        var keyBefore = first > 0 ? tokens[first - 1].Key : null;
        var kind = EntityCues.Classify(keys, keyBefore, personRole, isAcronym);
        var key = string.Join(' ', keys);
        if (!_entities.TryGetValue(key, out var candidate))
        {
            candidate = new KeywordCandidate(key, surface, kind, known: false, topic: false) { Words = keys };
            _entities[key] = candidate;
        }
        else if (personRole)
        {
            candidate.Kind = KeywordKind.Person;
        }

        candidate.Mention(tokens[first].Sentence, weak: false, part.InTitle, part.Offset + first, part.StemsOf(first, end));
        return end;
    }

    // "Sergei Bogdanov" is not the "Bogdanov" the vocabulary knows (Mikhail): a known surname alone,
    // right after a capitalised word that is not a role, continues the unknown name.
    private static bool IsSurnameAfterFirstName(List<KeywordToken> tokens, int start, int end, KeywordVocabulary.Match known) =>
        known.Entry.Kind == KeywordKind.Person && !EntityCues.Roles.Contains(tokens[end - 1].Key) && tokens[end - 1].Capitalized
        && KeywordNormalizer.Key(known.Entry.Name) != tokens[end].Key && !known.Entry.Name.Contains(tokens[end - 1].Text, StringComparison.OrdinalIgnoreCase);

    private void AddKnown(VocabularyEntry entry, TextPart part, int start, int end, bool weak)
    {
        var key = "=" + entry.Slug;
        if (!_entities.TryGetValue(key, out var candidate))
        {
            candidate = new KeywordCandidate(key, entry.Name, entry.Kind, known: true, topic: false)
            {
                Entry = entry,
                Slug = entry.Slug,
                Words = KeywordNormalizer.Key(entry.Name).Split(' '),
            };
            _entities[key] = candidate;
        }

        candidate.Mention(part.Tokens[start].Sentence, weak, part.InTitle, part.Offset + start, part.StemsOf(start, end));
    }

    // "Peskov" after "Dmitry Peskov" is the same person: fold single-word names into the full name.
    private void MergeSurnames()
    {
        var people = _entities.Values.Where(c => c.Kind == KeywordKind.Person && c.Words.Count >= 2).ToList();
        foreach (var single in _entities.Values.Where(c => !c.Known && c.Words.Count == 1).ToList())
        {
            var person = people.FirstOrDefault(p => p.Words[^1] == single.Words[0] || p.Words[0] == single.Words[0]);
            if (person is not null && person != single)
            {
                person.Absorb(single);
                _entities.Remove(single.Key);
            }
        }
    }

    /// <summary>A name as written, without a possessive ending, quotes or stray hyphens.</summary>
    public static string CleanSurface(string surface)
    {
        var s = PlainText.Collapse(surface);
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        return s.Trim('\'', '’', '"', '-', ' ');
    }
}
