using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Chooses the helpful keywords of an article: the people, organisations and places it is about
/// (found through the vocabulary and capitalisation patterns) and its key topic phrases, ranked by
/// how often and how early they occur, whether the headline names them, and how specific they are.
/// Rule-based and statistical only: no model is downloaded or loaded.
/// </summary>
public sealed class KeywordExtractor(KeywordVocabulary vocabulary)
{
    /// <summary>Keywords returned when no number is asked for.</summary>
    public const int DefaultTop = 10;

    /// <summary>Body text looked at, in characters; keywords of long texts are decided by their start.</summary>
    public const int MaxTextLength = 30_000;

    /// <summary>An extractor over the shipped vocabulary.</summary>
    public static KeywordExtractor Default { get; } = new(KeywordVocabulary.Default);

    /// <summary>The vocabulary names are resolved through.</summary>
    public KeywordVocabulary Vocabulary => vocabulary;

    /// <summary>Extracts up to <paramref name="top"/> keywords, best first.</summary>
    /// <param name="title">Headline, when there is one.</param>
    /// <param name="text">Body text.</param>
    /// <param name="top">Most keywords returned.</param>
    /// <param name="frequencies">Collection statistics; without them topic words are weighed by frequency alone.</param>
    /// <param name="blocked">Keyword slugs never to return.</param>
    public IReadOnlyList<ExtractedKeyword> Extract(
        string? title,
        string? text,
        int top = DefaultTop,
        IDocumentFrequencies? frequencies = null,
        IReadOnlySet<string>? blocked = null) =>
        Extract(title, text, top, int.MaxValue, frequencies, blocked);

    /// <summary>
    /// Every name found (up to <paramref name="top"/> keywords in all) but at most <paramref name="maxTopics"/>
    /// topic phrases, best first: what the tagger's editorial ranking chooses from.
    /// </summary>
    internal IReadOnlyList<ExtractedKeyword> Extract(string? title, string? text, int top, int maxTopics, IDocumentFrequencies? frequencies, IReadOnlySet<string>? blocked)
    {
        var body = string.Join('\n', PlainText.Paragraphs(text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text));
        var titleText = title ?? string.Empty;
        var titleTokens = KeywordTokenizer.Tokenize(titleText, IsSentenceCase(titleText));
        var bodyTokens = HeadingCase.Neutralise(KeywordTokenizer.Tokenize(body, caseIsInformative: true, sentenceOffset: 1));

        var collector = new CandidateCollector(vocabulary, titleText, body);
        collector.Collect(titleTokens, bodyTokens);


        // A phrase only the headline has is often a headline's verb read as a noun ("Mark Total Eclipse").
        var hasBody = bodyTokens.Count > 0;
        var all = collector.Entities.Concat(collector.Topics).Where(c => c.InBody || !hasBody || (c.Known && !c.Topic)).ToList();
        var related = frequencies is IRelatedDocuments batch ? batch.RelatedWords(WordCounts(titleTokens, bodyTokens)) : null;
        var words = PositionRank.Score(collector.Parts);
        foreach (var c in all)
        {
            c.Score = Score(c, words, frequencies);
            if (related is { Count: > 0 })
            {
                // Words the related stories of the batch share say what this one is about (ExpandRank):
                // a phrase of the words they stress most counts up to twice.
                c.Score *= 1 + Support(c.Words, related);
            }
        }

        return Select(all, top, blocked, maxTopics);
    }

    private static double Support(IReadOnlyList<string> words, RelatedWords related)
    {
        var sum = 0.0;
        foreach (var w in words)
        {
            sum += related.Weight(w);
        }

        return words.Count == 0 ? 0 : sum / words.Count;
    }

    private static Dictionary<string, int> WordCounts(List<KeywordToken> title, List<KeywordToken> body)
    {
        var counts = new Dictionary<string, int>((title.Count + body.Count) / 2, StringComparer.Ordinal);
        foreach (var t in title.Concat(body))
        {
            if (t.Key.Length > 0)
            {
                counts[t.Key] = counts.GetValueOrDefault(t.Key) + 1;
            }
        }

        return counts;
    }

    // PositionRank's word scores summed over the phrase's words, divided by the square root of their
    // number (so longer phrases gain, but less than linearly), weighed by how often the phrase itself
    // occurs and, softly, by how rare its words are in the collection.
    private static double Score(KeywordCandidate c, Dictionary<string, double> words, IDocumentFrequencies? frequencies)
    {
        if (c.Stems.Count == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var stem in c.Stems)
        {
            sum += words.GetValueOrDefault(stem);
        }

        return sum / Math.Sqrt(c.Stems.Count) * (1 + Math.Log(Math.Max(1, c.Mentions))) * Math.Sqrt(Specificity(c, frequencies));
    }

    // 1.0 for an average word; rarer words up to 2, very common ones towards 0.
    private static double Specificity(KeywordCandidate c, IDocumentFrequencies? frequencies)
    {
        if (frequencies is null || frequencies.DocumentCount < 20)
        {
            return 1.0;
        }

        var n = frequencies.DocumentCount;
        var total = 0.0;
        foreach (var w in c.Words)
        {
            var df = Math.Max(1, frequencies.DocumentFrequency(w));
            total += Math.Log((n + 1.0) / df) / Math.Log(n + 1.0);
        }

        return 2.0 * total / c.Words.Count;
    }

    private static List<ExtractedKeyword> Select(IEnumerable<KeywordCandidate> candidates, int top, IReadOnlySet<string>? blocked, int maxTopics = int.MaxValue)
    {
        var chosen = new List<KeywordCandidate>(Math.Min(top, 64));
        var topics = 0;
        foreach (var c in candidates.Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.FirstSentence).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            if (chosen.Count >= top)
            {
                break;
            }

            if (c.Topic && topics >= maxTopics)
            {
                continue;
            }

            if (string.IsNullOrEmpty(c.Slug) || (blocked?.Contains(c.Slug) ?? false) || chosen.Any(x => x.Slug == c.Slug || Subsumed(c, x)))
            {
                continue;
            }

            chosen.Add(c);
            topics += c.Topic ? 1 : 0;
        }

        return chosen.Select(c => new ExtractedKeyword(c.Name, c.Slug, c.Kind, Math.Round(c.Score, 4), c.StrongMentions == 0 ? Math.Min(c.Mentions, 0.5) : c.Mentions, c.Entry)).ToList();
    }

    // A phrase whose words all belong to a keyword already chosen adds nothing ("gilbert" after "Hurricane Gilbert").
    // A name is never dropped for a topic that contains it ("Tartus" stays beside "Tartus bases").
    // Arabic topics are word n-grams, so a three-word one around a chosen one adds nothing either.
    private static bool Subsumed(KeywordCandidate next, KeywordCandidate chosen) =>
        ((next.Topic || !chosen.Topic) && next.Stems.IsSubsetOf(chosen.Stems))
        || (next.Topic && chosen.Topic && next.Arabic && chosen.Arabic && next.Words.Count >= 3 && next.Stems.IsSupersetOf(chosen.Stems));

    private static bool IsSentenceCase(string title)
    {
        int words = 0, capitalised = 0;
        foreach (var token in KeywordTokenizer.Tokenize(title))
        {
            if (token.Text.Length > 3 && !token.Arabic)
            {
                words++;
                capitalised += char.IsUpper(token.Text[0]) ? 1 : 0;
            }
        }

        return words < 3 || capitalised * 10 < words * 6;
    }
}
