using System.Globalization;

namespace Mirsad.Web;

/// <summary>The site's addresses, in one place.</summary>
public static class Links
{
    public static string Article(string slug) => "/article/" + Uri.EscapeDataString(slug);

    public static string Keyword(string slug) => "/keyword/" + Uri.EscapeDataString(slug);

    public static string Source(string slug) => "/source/" + Uri.EscapeDataString(slug);

    public static string Section(string slug) => "/section/" + Uri.EscapeDataString(slug);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"/archive/{year:D4}/{month:D2}");

    public static string KeywordFeed(string slug) => Keyword(slug) + "/feed.xml";

    public static string SourceFeed(string slug) => Source(slug) + "/feed.xml";

    public const string SiteFeed = "/feed.xml";

    /// <summary>"8 April 2025"; empty when unknown.</summary>
    public static string Date(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>"2025-04-08" for datetime attributes.</summary>
    public static string IsoDate(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string MonthName(int year, int month) =>
        new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
