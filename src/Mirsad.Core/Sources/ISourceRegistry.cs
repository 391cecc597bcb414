namespace Mirsad.Core.Sources;

/// <summary>The monitored side of the source registry: feeds, poll settings and health.</summary>
public interface ISourceRegistry
{
    /// <summary>Every source with its feeds and health, by name.</summary>
    Task<IReadOnlyList<MonitoredSource>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>One source with its feeds and health.</summary>
    Task<MonitoredSource?> GetAsync(string slug, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates a source (fields left null are kept) and adds the feeds not yet known.</summary>
    Task RegisterAsync(SourceOutlet outlet, SourceRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Switches a source and all its feeds on or off; false when there is no such source.</summary>
    Task<bool> SetActiveAsync(string slug, bool active, CancellationToken cancellationToken = default);

    /// <summary>Records what polling one feed gave: validators for the next conditional GET, or an error.</summary>
    Task RecordFeedPollAsync(long feedId, FeedPollRecord record, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of a source's poll: its error (null when it went well).</summary>
    Task RecordSourcePollAsync(string slug, DateTimeOffset at, string? error, CancellationToken cancellationToken = default);
}
