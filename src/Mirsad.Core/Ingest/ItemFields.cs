namespace Mirsad.Core.Ingest;

/// <summary>How an item's language and its place in the desk's order are read from what a feed or page says; every store keeps them so.</summary>
public static class ItemFields
{
    /// <summary>A publication time more than this ahead of the clock is a feed's mistake, not a date.</summary>
    public static readonly TimeSpan LatestPlausible = TimeSpan.FromDays(1);

    /// <summary>The two-letter language of a code ("en-GB" is "en"); null when it is no language code.</summary>
    public static string? Language(string? code) =>
        code is { Length: >= 2 } c && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1]) ? c[..2].ToLowerInvariant() : null;

    /// <summary>The publication time when it is plausible at <paramref name="now"/>; else null.</summary>
    public static DateTimeOffset? Plausible(DateTimeOffset? published, DateTimeOffset now) =>
        published is { } p && p <= now + LatestPlausible ? p : null;

    /// <summary>Where an item found at <paramref name="now"/> sorts on the desk: its publication time when plausible, else when it was found.</summary>
    public static DateTimeOffset SortTime(DateTimeOffset? published, DateTimeOffset now) => Plausible(published, now) ?? now;
}
