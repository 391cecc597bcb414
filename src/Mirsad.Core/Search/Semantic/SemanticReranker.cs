using Mirsad.Core.Keywords.Refinement;

namespace Mirsad.Core.Search.Semantic;

/// <summary>
/// A hybrid re-rank of the best matches by meaning: the query is embedded once (MiniLM, the model the
/// keywords use), each candidate's vector is read from <see cref="IDocumentVectors"/>, and the two scores
/// are fused after scaling each to 0..1 over the candidates: (1 - w) · index + w · cosine. When any
/// candidate has no vector yet (the background has not reached it), the index's order stands: a mix of
/// fused and unfused scores would rank by whether a vector exists.
/// </summary>
public sealed class SemanticReranker(ITextEmbedder embedder, IDocumentVectors vectors) : ISearchReranker
{
    /// <summary>The meaning's weight w in the fusion, measured on CISI and Cranfield (bench/README.md).</summary>
    public const double Weight = 0.5;

    /// <inheritdoc />
    public IReadOnlyList<RankedCandidate>? Rerank(string query, IReadOnlyList<RankedCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count < 2 || string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var found = vectors.Get([.. candidates.Select(c => c.Id)]);
        if (found.Count < candidates.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count())
        {
            return null;
        }

        var q = embedder.Embed([query])[0];
        var cosines = candidates.Select(c => Dot(found[c.Id], q)).ToArray();
        var scores = candidates.Select(c => (double)c.Score).ToArray();
        var (sMin, sMax) = (scores.Min(), scores.Max());
        var (cMin, cMax) = (cosines.Min(), cosines.Max());
        return candidates
            .Select((c, i) => c with { Score = (float)(((1 - Weight) * Scale(scores[i], sMin, sMax)) + (Weight * Scale(cosines[i], cMin, cMax))) })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Handle)
            .ToList();
    }

    private static double Scale(double value, double min, double max) => max > min ? (value - min) / (max - min) : 1;

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
