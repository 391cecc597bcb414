using Mirsad.Core.Keywords.Grammar;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords.Refinement;

/// <summary>
/// Re-ranks extracted keyphrases by how close each is in meaning to the whole text (EmbedRank,
/// Bennani-Smires et al. 2018; SIFRank, Sun et al. 2020): the text (headline and lead) and every
/// candidate are embedded, and a candidate's new score is the mean of its extractor score and its
/// similarity to the text, each scaled to 0..1 over the candidates, so neither the graph's view of
/// position and frequency nor the model's view of meaning decides alone. The list is then built
/// greedily, a candidate losing a little for each word it shares with one already chosen, so "oil",
/// "oil spill" and "worst oil spill" do not fill three of ten places (a lexical MMR, as in EmbedRank++).
/// </summary>
public sealed class EmbeddingRanker(ITextEmbedder embedder)
{
    /// <summary>Characters of the body embedded with the headline; the model reads about 256 word pieces.</summary>
    public const int LeadLength = 1_200;

    /// <summary>Candidates worth re-ranking: the extractor's best this many topics (names always come along).</summary>
    public const int Pool = 30;

    // The two views weigh the same.
    private const double SimilarityWeight = 0.5;

    // A candidate whose words are all those of a chosen one loses a fifth of the score range.
    private const double OverlapPenalty = 0.2;

    /// <summary>The candidates in their new order, best first, with their combined scores.</summary>
    public IReadOnlyList<ExtractedKeyword> Rank(string? title, string? text, IReadOnlyList<ExtractedKeyword> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count < 2)
        {
            return candidates;
        }

        // Apart, so the short phrases are not padded to the text's length in one batch.
        var document = embedder.Embed([DocumentText(title, text)], cancellationToken)[0];
        var vectors = embedder.Embed(candidates.Select(c => c.Name).ToList(), cancellationToken);
        var scores = Scaled(candidates.Select(c => c.Score).ToArray());
        var meaning = Scaled(vectors.Select(v => Cosine(document, v)).ToArray());
        var combined = scores.Select((s, i) => ((1 - SimilarityWeight) * s) + (SimilarityWeight * meaning[i])).ToArray();
        return Diversified(candidates, combined);
    }

    /// <summary>What the candidates are compared with: the headline and the start of the body.</summary>
    public static string DocumentText(string? title, string? text)
    {
        var body = PlainText.Collapse(text ?? string.Empty);
        if (body.Length > LeadLength)
        {
            var cut = body.LastIndexOf(' ', LeadLength);
            body = body[..(cut > 0 ? cut : LeadLength)];
        }

        return string.IsNullOrWhiteSpace(title) ? body : title.Trim() + ".\n" + body;
    }

    private static List<ExtractedKeyword> Diversified(IReadOnlyList<ExtractedKeyword> candidates, double[] combined)
    {
        var words = candidates.Select(c => KeywordNormalizer.Key(c.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal)).ToList();
        var left = Enumerable.Range(0, candidates.Count).ToList();
        var chosen = new List<int>(candidates.Count);
        while (left.Count > 0)
        {
            var best = left.MaxBy(i => Contained(candidates[i], words[i], chosen.Select(j => words[j]))
                ? combined[i] - 2
                : combined[i] - (OverlapPenalty * chosen.Select(j => Overlap(words[i], words[j])).DefaultIfEmpty(0).Max()));
            left.Remove(best);
            chosen.Add(best);
        }

        return chosen.Select(i => candidates[i] with { Score = Math.Round(combined[i], 4) }).ToList();
    }

    // A topic all of whose words a chosen phrase has says nothing new ("oil", "spill" after "oil spill"); it
    // goes after every other candidate, as the extractor drops it. A name is never held back for a topic.
    private static bool Contained(ExtractedKeyword candidate, HashSet<string> words, IEnumerable<HashSet<string>> chosen) =>
        candidate.Kind == KeywordKind.Topic && words.Count > 0 && chosen.Any(c => c.Count > words.Count && words.IsSubsetOf(c));

    // Jaccard overlap of two phrases' words.
    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    // Min-max scaling to 0..1; all equal values become 1.
    private static double[] Scaled(double[] values)
    {
        var (min, max) = (values.Min(), values.Max());
        return values.Select(v => max > min ? (v - min) / (max - min) : 1.0).ToArray();
    }
}
