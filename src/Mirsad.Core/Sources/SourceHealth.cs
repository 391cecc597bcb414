namespace Mirsad.Core.Sources;

/// <summary>How a monitored source has been doing: its last poll, last success and last error, and its item rate.</summary>
/// <param name="LastPolledAt">When it was last polled.</param>
/// <param name="LastSuccessAt">When a poll last succeeded.</param>
/// <param name="LastError">The error of the last poll, when it failed.</param>
/// <param name="LastErrorAt">When that error happened.</param>
/// <param name="ItemsLastDay">Items found in the last 24 hours.</param>
/// <param name="UsualItemsPerDay">Average items per day over the 14 days before the last 24 hours.</param>
public sealed record SourceHealth(
    DateTimeOffset? LastPolledAt = null,
    DateTimeOffset? LastSuccessAt = null,
    string? LastError = null,
    DateTimeOffset? LastErrorAt = null,
    int ItemsLastDay = 0,
    double UsualItemsPerDay = 0)
{
    /// <summary>How many days before the last day a source's usual daily count is taken over.</summary>
    public const int UsualWindowDays = 14;

    /// <summary>A source is not called quiet below this usual daily count: a weekly columnist is not news.</summary>
    public const double QuietMinimumUsual = 4;

    /// <summary>The share of its usual count under which a source is quiet.</summary>
    public const double QuietShare = 0.25;

    /// <summary>
    /// True when a source that usually publishes several items a day brought far fewer in the last
    /// day: its feed may have moved, broken or been blocked even though polls "succeed".
    /// </summary>
    public bool IsQuiet => UsualItemsPerDay >= QuietMinimumUsual && ItemsLastDay < UsualItemsPerDay * QuietShare;

    /// <summary>True when the last poll failed.</summary>
    public bool IsFailing => LastError is not null && (LastSuccessAt is null || LastErrorAt >= LastSuccessAt);

    /// <summary>Where the last day starts at <paramref name="now"/> (items counted in <see cref="ItemsLastDay"/> are sorted after it).</summary>
    public static DateTimeOffset LastDayStart(DateTimeOffset now) => now.AddDays(-1);

    /// <summary>Where the usual window starts: <see cref="UsualWindowDays"/> before the last day.</summary>
    public static DateTimeOffset UsualWindowStart(DateTimeOffset now) => LastDayStart(now).AddDays(-UsualWindowDays);

    /// <summary>
    /// The usual daily count from <paramref name="itemsBefore"/> items in the window before the last day: over
    /// the whole days the source has been watched in it (since <paramref name="firstItemAt"/>, its first item), so a
    /// new source is not called quiet for days it was not yet watched.
    /// </summary>
    public static double UsualPerDay(int itemsBefore, DateTimeOffset? firstItemAt, DateTimeOffset now)
    {
        var (day, window) = (LastDayStart(now), UsualWindowStart(now));
        var start = firstItemAt is { } f && f > window ? f : window;
        var days = Math.Min(UsualWindowDays, Math.Floor((day - start).TotalDays));
        return days >= 1 ? itemsBefore / days : 0;
    }
}
