using System.ComponentModel.DataAnnotations;

namespace Mirsad.Web;

/// <summary>How the site presents itself; bound from the "Mirsad:Site" configuration section.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Site";

    /// <summary>The publication's name, shown in the header, feeds and credits.</summary>
    [Required]
    [StringLength(80, MinimumLength = 1)]
    public string Name { get; set; } = "Mirsad";

    /// <summary>A line under the name.</summary>
    [StringLength(200)]
    public string Tagline { get; set; } = "Regional news, monitored, translated and searchable";

    /// <summary>Disclaimer for articles that carry none; {0} is the site name.</summary>
    [Required]
    [StringLength(1000)]
    public string DefaultDisclaimer { get; set; } =
        "{0} has not verified the content of this story. Responsibility for the information and views set out in this article lies entirely with the author.";

    /// <summary>Credit for translated articles that carry none; {0} is the site name.</summary>
    [Required]
    [StringLength(500)]
    public string TranslatedCredit { get; set; } = "This article was translated and edited by {0}.";

    /// <summary>
    /// The site's public address ("https://news.example.org"), for canonical links, sitemaps, feeds and
    /// structured data; when unset, the scheme and host of each request (right behind a proxy that sets
    /// the forwarded headers).
    /// </summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>Whether a data directory with no articles gets the demo corpus at start.</summary>
    public bool LoadDemo { get; set; } = true;
}
