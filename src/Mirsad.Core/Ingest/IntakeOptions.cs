using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Mirsad.Core.Ingest;

/// <summary>How the intake polls and fetches; bound from the "Mirsad:Intake" configuration section.</summary>
public sealed class IntakeOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Intake";

    /// <summary>Sent with every request, so that outlets can see who reads them.</summary>
    [Required]
    [StringLength(200, MinimumLength = 5)]
    public string UserAgent { get; set; } = "Mirsad/1.0 (regional news monitor; respects robots.txt)";

    /// <summary>The product token matched against robots.txt user-agent lines.</summary>
    [Required]
    [StringLength(40, MinimumLength = 1)]
    public string RobotsToken { get; set; } = "Mirsad";

    /// <summary>Whether robots.txt rules are obeyed (they are, unless an operator has the outlet's leave).</summary>
    public bool RespectRobots { get; set; } = true;

    /// <summary>Time allowed for one attempt at one request, body included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a timeout, a network error or a 5xx/429 answer.</summary>
    [Range(0, 5)]
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones back off exponentially (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Redirects followed before a fetch is given up.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Largest feed body accepted, in bytes after decompression.</summary>
    [Range(1_024, 100_000_000)]
    public long MaxFeedBytes { get; set; } = 5_000_000;

    /// <summary>Largest article page accepted, in bytes after decompression.</summary>
    [Range(1_024, 100_000_000)]
    public long MaxPageBytes { get; set; } = 3_000_000;

    /// <summary>The pause between two requests to the same host (one request at a time per host).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether the pause also applies to this machine's own addresses (the demo feeds); politeness to oneself is off by default.</summary>
    public bool DelayLoopback { get; set; }

    /// <summary>The longest robots.txt Crawl-delay obeyed; longer ones are capped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sources polled at the same time (each host still sees one request at a time).</summary>
    [Range(1, 32)]
    public int MaxParallelSources { get; set; } = 4;

    /// <summary>Newest entries taken from one feed per poll.</summary>
    [Range(1, 5_000)]
    public int MaxItemsPerFeed { get; set; } = 100;

    /// <summary>Article pages fetched per source per round; the rest wait, stored, for the next round.</summary>
    [Range(1, 5_000)]
    public int MaxPagesPerSourceRound { get; set; } = 60;

    /// <summary>Rounds in which a page that failed for a passing reason is tried again.</summary>
    [Range(1, 10)]
    public int MaxPageAttempts { get; set; } = 3;

    /// <summary>Largest SimHash distance (of 64 bits) at which two texts are near-duplicates.</summary>
    [Range(0, 16)]
    public int NearDuplicateBits { get; set; } = 8;

    /// <summary>How far back duplicates are looked for.</summary>
    [Range(1, 365)]
    public int DuplicateWindowDays { get; set; } = 7;

    /// <summary>How far apart in time two items may be published and still be grouped as one story.</summary>
    [Range(1, 720)]
    public int StoryWindowHours { get; set; } = 72;

    /// <summary>Whether <c>mirsad serve</c> polls due sources in the background.</summary>
    public bool Poll { get; set; } = true;

    /// <summary>How often the background poller looks for due sources.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether the intake may reach loopback, private (RFC 1918, unique local), link-local and
    /// carrier-grade NAT addresses. Off: a feed, a link in it or a redirect could otherwise make the
    /// server read its own network. On for the offline demo (whose feeds the local site makes) and tests.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Networks the intake may reach although they are not public ("10.20.0.0/16", "192.168.1.7/32"): an intranet outlet.</summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary><see cref="AllowedNetworks"/> parsed (the unparseable ones are reported by validation).</summary>
    public IReadOnlyList<IPNetwork> ParsedAllowedNetworks =>
        _parsed ??= AllowedNetworks.Select(n => IPNetwork.TryParse(n.Trim(), out var network) ? network : (IPNetwork?)null).OfType<IPNetwork>().ToList();

    private List<IPNetwork>? _parsed;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in AllowedNetworks.Where(n => !IPNetwork.TryParse(n.Trim(), out _)))
        {
            yield return new ValidationResult($"'{network}' is not a network such as 10.20.0.0/16 or fd00::/8", [nameof(AllowedNetworks)]);
        }
    }
}
