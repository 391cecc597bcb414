using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords.Refinement;

/// <summary>
/// Re-ranks extracted keyphrases by how close each is in meaning to the whole text (EmbedRank,
/// Bennani-Smires et al. 2018; SIFRank, Sun et al. 2020): the text (headline and lead) and every
/// candidate are embedded, and a candidate's new score is the mean of its extractor score and its
/// similarity to the text, each scaled to 0..1 over the candidates, so neither the graph's view of
/// position and frequency nor the model's view of meaning decides alone.
/// </summary>
public sealed class EmbeddingRanker(ITextEmbedder embedder)
{
    /// <summary>Characters of the body embedded with the headline; the model reads about 256 word pieces.</summary>
    public const int LeadLength = 1_200;

    /// <summary>Share of the embedding similarity in the combined score.</summary>
    private static readonly double SimilarityWeight = double.Parse(Environment.GetEnvironmentVariable("SW") ?? "0.5", System.Globalization.CultureInfo.InvariantCulture);

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
        var vectors = embedder.Embed(candidates.Select(c => c.Text).ToList(), cancellationToken);
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            similarity[i] = Cosine(document, vectors[i]);
        }

        var scores = Scaled(candidates.Select(c => c.Score).ToArray());
        var meaning = Scaled(similarity);
        return candidates
            .Select((c, i) => c with { Score = Math.Round(((1 - SimilarityWeight) * scores[i]) + (SimilarityWeight * meaning[i]), 4) })
            .OrderByDescending(c => c.Score)
            .ToList();
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
