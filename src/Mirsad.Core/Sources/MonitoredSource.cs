namespace Mirsad.Core.Sources;

/// <summary>A source outlet as the intake sees it: its feeds, how often to poll, and its health.</summary>
/// <param name="Outlet">Name, homepage, language, country and leaning.</param>
/// <param name="Feeds">Its feeds (active or not).</param>
/// <param name="PollInterval">How long to wait between polls.</param>
/// <param name="Active">False when the operator has switched the whole source off.</param>
/// <param name="Notes">The operator's notes ("feed unconfirmed", "blocks non-Syrian IPs").</param>
/// <param name="Health">Last poll, success, error and item rate.</param>
public sealed record MonitoredSource(
    SourceOutlet Outlet,
    IReadOnlyList<SourceFeed> Feeds,
    TimeSpan PollInterval,
    bool Active,
    string? Notes,
    SourceHealth Health)
{
    /// <summary>The default time between polls.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMinutes(30);

    /// <summary>The source's slug.</summary>
    public string Slug => Outlet.Slug;

    /// <summary>True when the source is switched on and has at least one active feed.</summary>
    public bool IsPolled => Active && Feeds.Any(f => f.Active);

    /// <summary>True when a poll is due at <paramref name="now"/>: never polled, or the interval has passed.</summary>
    public bool IsDue(DateTimeOffset now) =>
        IsPolled && (Health.LastPolledAt is not { } last || now - last >= PollInterval);
}
