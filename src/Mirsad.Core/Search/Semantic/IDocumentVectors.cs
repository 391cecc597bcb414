namespace Mirsad.Core.Search.Semantic;

/// <summary>
/// The articles' meaning vectors, kept beside the index (derived data, rebuilt from the store when lost):
/// written by <see cref="DocumentVectorFollower"/> in the background, read by <see cref="SemanticReranker"/>.
/// </summary>
public interface IDocumentVectors
{
    /// <summary>The store change sequence the vectors reflect.</summary>
    long Position { get; }

    /// <summary>The vectors of those of <paramref name="ids"/> that have one.</summary>
    IReadOnlyDictionary<string, float[]> Get(IReadOnlyList<string> ids);

    /// <summary>The hash of the text each of <paramref name="ids"/> was embedded from, for those that have one.</summary>
    IReadOnlyDictionary<string, long> TextHashes(IReadOnlyList<string> ids);

    /// <summary>Stores <paramref name="vectors"/>, removes <paramref name="deleted"/> and moves the position, atomically.</summary>
    void Apply(IReadOnlyList<DocumentVector> vectors, IReadOnlyList<string> deleted, long position);
}
