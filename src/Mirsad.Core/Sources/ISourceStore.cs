namespace Mirsad.Core.Sources;

/// <summary>The registry of source outlets.</summary>
public interface ISourceStore
{
    /// <summary>A source by slug.</summary>
    Task<SourceOutlet?> GetAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>All sources by name.</summary>
    Task<IReadOnlyList<SourceOutlet>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts a source or replaces the one with the same slug.</summary>
    Task UpsertAsync(SourceOutlet source, CancellationToken cancellationToken = default);
}
