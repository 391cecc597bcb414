using System.Globalization;
using System.Text.RegularExpressions;

namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// The rules of one robots.txt (RFC 9309) for one user-agent token: the group naming the token, else
/// the "*" group; the longest matching path rule wins, Allow on a tie; "*" and "$" are understood.
/// </summary>
public sealed class RobotsRules
{
    private const int MaxLines = 5_000;
    private readonly List<(bool Allow, string Pattern, Regex? Matcher)> _rules;

    private RobotsRules(List<(bool, string, Regex?)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Rules that allow everything (no robots.txt, or a 4xx for it).</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Why robots.txt could not be read, when these rules stand in for it by allowing nothing.</summary>
    public string? Unreadable { get; private init; }

    /// <summary>The Crawl-delay the group asks for, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Rules that allow nothing because robots.txt could not be read (server error, network): RFC 9309's advice.</summary>
    public static RobotsRules Unreachable(string reason) => new([(false, "/", null)], null) { Unreadable = reason };

    /// <summary>Reads robots.txt text for <paramref name="token"/> (e.g. "Mirsad").</summary>
    public static RobotsRules Parse(string text, string token)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n').Take(MaxLines))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null)
            {
                continue;
            }

            if (key is "allow" or "disallow" && value.Length > 0)
            {
                current.Rules.Add((key == "allow", value, Compile(value)));
            }
            else if (key == "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86_400)
            {
                current.Delay = TimeSpan.FromSeconds(seconds);
            }
        }

        var mine = token.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && mine.Contains(a, StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return chosen.Count == 0 ? AllowAll : new RobotsRules(chosen.SelectMany(g => g.Rules).ToList(), chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    /// <summary>True when the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern, matcher) in _rules)
        {
            var matches = matcher is null ? path.StartsWith(pattern, StringComparison.Ordinal) : SafeMatch(matcher, path);
            if (matches && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool SafeMatch(Regex matcher, string path)
    {
        try
        {
            return matcher.IsMatch(path);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a pathological pattern matches nothing rather than stalling the round
        }
    }

    private static Regex? Compile(string pattern)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.EndsWith('$'))
        {
            return null;
        }

        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : string.Empty);
        return new Regex(regex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(bool, string, Regex?)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }
}
