using System.Text;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Extraction;
using Mirsad.Core.Ingest.Feeds;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Sources;

namespace Mirsad.Tests.Intake;

public sealed class IntakeUnitTests
{
    private static readonly Uri FeedUrl = new("https://outlet.example/feed");

    [Theory]
    [InlineData("https://SANA.sy:443/ar/news/123?utm_source=fb&utm_medium=social&id=5#top", "https://sana.sy/ar/news/123?id=5")]
    [InlineData("http://example.org/a?fbclid=abc", "http://example.org/a")]
    [InlineData("http://example.org/a?p=12&gclid=x&ref=rss", "http://example.org/a?p=12")]
    [InlineData("http://example.org:8080/a", "http://example.org:8080/a")]
    public void Canonicalize_TrackingAndNoise_AreStripped(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Fact]
    public void TitleKey_SpellingVariants_FoldToTheSameKey() =>
        Assert.Equal(TitleKey.From("إعادة افتتاح معبر نصيب!"), TitleKey.From("اعاده  افتتاح مَعبر نصيب"));

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/private/x", false)]
    [InlineData("/private/open/x", true)]
    [InlineData("/search?q=1", false)]
    [InlineData("/files/a.pdf", false)]
    public void Robots_RulesForOurToken_LongestMatchWins(string path, bool allowed)
    {
        var rules = RobotsRules.Parse("User-agent: Googlebot\nDisallow: /\n\nUser-agent: mirsad\nDisallow: /private/\nAllow: /private/open/\nDisallow: /search\nDisallow: /*.pdf$\nCrawl-delay: 3\n", "Mirsad");
        Assert.Equal(allowed, rules.Allows(new Uri("https://outlet.example" + path)));
        Assert.Equal(TimeSpan.FromSeconds(3), rules.CrawlDelay);
    }

    [Fact]
    public void Robots_NoGroupForUs_FallsBackToStar() =>
        Assert.False(RobotsRules.Parse("User-agent: *\nDisallow: /\n", "Mirsad").Allows(new Uri("https://outlet.example/a")));

    [Fact]
    public void Decode_Windows1256WithoutDeclaration_IsReadAsArabicForAnArabicSource()
    {
        var bytes = CodePages().GetBytes("<p>دمشق</p>");
        var decoded = CharsetDecoder.Decode(bytes, null, "ar");
        Assert.Equal("<p>دمشق</p>", decoded.Text);
        Assert.Equal("windows-1256", decoded.Charset);
    }

    [Fact]
    public void Decode_Utf8MislabelledAsWindows1256_IsReadAsUtf8()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("حلب"), "windows-1256", "ar");
        Assert.Equal("حلب", decoded.Text);
        Assert.Contains("declared windows-1256", decoded.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FeedWithADtd_IsRefused()
    {
        const string Laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><rss><channel><item><title>&b;</title><link>https://x/1</link></item></channel></rss>";
        var e = Assert.Throws<FeedFormatException>(() => FeedDocumentParser.Parse(Laughs, FeedUrl, 10));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedXml_IsRefused()
    {
        var deep = "<rss>" + string.Concat(Enumerable.Repeat("<x>", 500)) + string.Concat(Enumerable.Repeat("</x>", 500)) + "</rss>";
        var e = Assert.Throws<FeedFormatException>(() => FeedDocumentParser.Parse(deep, FeedUrl, 10));
        Assert.Contains("nested deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SitemapIndex_PointsAtTheNewsSitemap()
    {
        const string Index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://x/posts.xml</loc></sitemap><sitemap><loc>https://x/news-sitemap.xml</loc></sitemap></sitemapindex>";
        var e = Assert.Throws<FeedFormatException>(() => FeedDocumentParser.Parse(Index, FeedUrl, 10));
        Assert.Contains("https://x/news-sitemap.xml", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"items\": []}", "not a JSON Feed")]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("<opml><body/></opml>", "<opml>")]
    public void Parse_NotAFeed_SaysWhatArrived(string body, string expected) =>
        Assert.Contains(expected, Assert.Throws<FeedFormatException>(() => FeedDocumentParser.Parse(body, FeedUrl, 10)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_RssWithRelativeAndUnsafeLinks_KeepsOnlyWebLinksNewestFirstUpToTheCap()
    {
        const string Rss = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>Old</title><link>/a/1</link><pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate></item>
            <item><title>New</title><link>https://outlet.example/a/2</link><pubDate>Tue, 03 Jun 2025 08:00:00 GMT</pubDate></item>
            <item><title>Script</title><link>javascript:alert(1)</link></item>
            <item><title>Newest</title><link>https://outlet.example/a/3</link><pubDate>Wed, 04 Jun 2025 08:00:00 GMT</pubDate></item>
            </channel></rss>
            """;
        var feed = FeedDocumentParser.Parse(Rss, FeedUrl, 2);
        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal(["https://outlet.example/a/3", "https://outlet.example/a/2"], feed.Entries.Select(e => e.Link).ToArray());
        Assert.Equal(1, feed.Skipped);
        Assert.Equal("https://outlet.example/a/1", FeedDocumentParser.Parse(Rss, FeedUrl, 10).Entries[^1].Link);
    }

    [Fact]
    public void Extract_PageNestedTooDeep_IsRefusedWithoutExhaustingTheStack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "text" + "</body></html>";
        var e = Assert.Throws<PageExtractionException>(() => PageExtractor.Extract(html, new Uri("https://outlet.example/a")));
        Assert.Contains("nested deeper", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 10.0, true)]
    [InlineData(2, 10.0, true)]
    [InlineData(3, 10.0, false)]
    [InlineData(0, 2.0, false)]
    public void Health_FarBelowItsUsualDailyCount_IsQuiet(int lastDay, double usual, bool quiet) =>
        Assert.Equal(quiet, new SourceHealth(ItemsLastDay: lastDay, UsualItemsPerDay: usual).IsQuiet);

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }
}
