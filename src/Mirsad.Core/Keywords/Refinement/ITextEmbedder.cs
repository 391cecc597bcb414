namespace Mirsad.Core.Keywords.Refinement;

/// <summary>
/// Turns texts into sentence embeddings whose cosine says how alike in meaning they are. Slow (a few
/// milliseconds a text), so it never runs on the import path: see <c>KeywordRefiner</c>/>.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>One unit-length vector per text, in order.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
