using System.Collections.Concurrent;

namespace Mirsad.Core.Ingest.Http;

/// <summary>robots.txt rules per host, kept for a day (the same process polls the host again and again).</summary>
public sealed class RobotsCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan FailureLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Expires)> _rules = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cached rules of the host of <paramref name="url"/>, when still fresh.</summary>
    public RobotsRules? Get(Uri url) =>
        _rules.TryGetValue(Key(url), out var entry) && entry.Expires > time.GetUtcNow() ? entry.Rules : null;

    /// <summary>Keeps rules for the host; rules from a failed fetch are kept briefly so the host is asked again soon.</summary>
    public void Set(Uri url, RobotsRules rules, bool failed) =>
        _rules[Key(url)] = (rules, time.GetUtcNow() + (failed ? FailureLifetime : Lifetime));

    private static string Key(Uri url) => url.Scheme + "://" + url.Authority;
}
