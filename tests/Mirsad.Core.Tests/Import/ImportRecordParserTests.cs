using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Import;

public sealed class ImportRecordParserTests
{
    [Fact]
    public void Parse_FakesShape_ReadsSourceNameAndDate()
    {
        var r = ImportRecordParser.Parse("""{"id": "fakes-0001", "title": "Syria attack", "text": "Victims of a suspected chemical attack.", "source": "nna", "source_name": "NNA (National News Agency, Lebanon)", "date": "2017-04-05", "url": null, "label": "credible"}""");
        Assert.Equal("fakes-0001", r.Article.Id);
        Assert.Equal("nna", r.Article.Source!.Slug);
        Assert.Equal("NNA (National News Agency, Lebanon)", r.Article.Source.Name);
        Assert.Equal(new DateTimeOffset(2017, 4, 5, 0, 0, 0, TimeSpan.Zero), r.Article.PublishedAt);
        Assert.Equal("en", r.Article.Language);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Parse_ReutersShape_JoinsHardWrappedLines()
    {
        var r = ImportRecordParser.Parse("""{"id": "1", "title": "BAHIA COCOA REVIEW", "text": "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.", "date": "1987-02-26T15:01:01", "topics": ["cocoa"]}""");
        Assert.Equal(2, r.Article.Body.Count);
        Assert.Equal(1987, r.Article.PublishedAt!.Value.Year);
    }

    [Fact]
    public void Parse_ArabicShape_GuessesArabicAndKeepsCategory()
    {
        var r = ImportRecordParser.Parse("""{"id": "snn-00001", "title": "القصة الكاملة لمعلمة تبوك", "text": "يبدو أن قضية معلمة تبوك ستأخذ منحى جديدا.", "source": "3alyoum", "source_name": "Ain Alyoum", "category": "news", "url": "http://www.3alyoum.com/news/x", "date": "2015-07-24T15:37:29", "author": null}""");
        Assert.Equal("ar", r.Article.Language);
        Assert.Equal("news", r.Article.Section);
        Assert.Equal("http://www.3alyoum.com/news/x", r.Article.Url);
    }

    [Fact]
    public void Parse_NumericIdAndNoTitle_DerivesHeadlineFromText()
    {
        var r = ImportRecordParser.Parse("""{"id": 42, "text": "The present study is a history of the DEWEY Decimal Classification. The first edition was published in 1876."}""");
        Assert.Equal("42", r.Article.Id);
        Assert.Equal("The present study is a history of the DEWEY Decimal Classification", r.Article.Headline);
    }

    [Fact]
    public void Parse_FullMirsadShape_ReadsEveryPart()
    {
        var r = ImportRecordParser.Parse("""
            {"id": "so-1", "headline": "In Message to Sharaa", "standfirst": "Putin’s message, Syria TV writes.",
             "blocks": [{"type": "paragraph", "text": "One."}, {"type": "subheading", "text": "Two"}, {"type": "quote", "text": "Three."}],
             "source": {"name": "Syria TV", "slug": "syria-tv", "leaning": "opposition TV channel", "language": "ar"},
             "original": {"headline": "رسالة", "text": "نص", "language": "ar", "url": "https://www.syria.tv/x"},
             "credit": "Translated by Mirsad.", "disclaimer": "Not verified.", "section": "Foreign Actors",
             "keywords": ["Putin", {"name": "Hmeimim", "kind": "place"}], "date": "2025-04-08T09:00:00Z", "status": "draft"}
            """.ReplaceLineEndings(" "));
        var a = r.Article;
        Assert.Equal([BlockKind.Paragraph, BlockKind.Subheading, BlockKind.Quote], a.Body.Select(b => b.Kind));
        Assert.Equal("opposition TV channel", a.Source!.Leaning);
        Assert.Equal("ar", a.Original!.Language);
        Assert.Equal("Translated by Mirsad.", a.Credit);
        Assert.Equal("Not verified.", a.Disclaimer);
        Assert.Equal(ArticleStatus.Draft, a.Status);
        Assert.Equal([new ImportKeyword("Putin", null), new ImportKeyword("Hmeimim", KeywordKind.Place)], r.Keywords);
    }

    [Theory]
    [InlineData("{not json", "invalid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("""{"title": "no id"}""", "missing \"id\"")]
    [InlineData("""{"id": "", "title": "x"}""", "\"id\" is empty")]
    [InlineData("""{"id": {"a": 1}, "title": "x"}""", "\"id\" must be a string or a number")]
    [InlineData("""{"id": "x"}""", "neither a title nor any text")]
    [InlineData("""{"id": "x", "title": "t", "blocks": [{"type": "table", "text": "a"}]}""", "unknown block type")]
    public void Parse_BadRecord_IsRejectedWithReason(string line, string reason)
    {
        var e = Assert.Throws<ImportRejectedException>(() => ImportRecordParser.Parse(line));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeHeadline_IsRejectedWithItsLength()
    {
        var line = "{\"id\": \"x\", \"title\": \"" + new string('a', 5000) + "\"}";
        var e = Assert.Throws<ImportRejectedException>(() => ImportRecordParser.Parse(line));
        Assert.Contains("5,000 characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeepNesting_IsRejectedNotCrashing()
    {
        var line = "{\"id\": \"x\", \"title\": \"t\", \"extra\": " + new string('[', 500) + new string(']', 500) + "}";
        Assert.Throws<ImportRejectedException>(() => ImportRecordParser.Parse(line));
    }

    [Fact]
    public void Parse_BadDate_ImportsWithoutDateAndWarns()
    {
        var r = ImportRecordParser.Parse("""{"id": "x", "title": "t", "text": "b.", "date": "yesterday-ish"}""");
        Assert.Null(r.Article.PublishedAt);
        Assert.Contains(r.Warnings, w => w.Contains("not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HtmlHeadline_IsStrippedToText()
    {
        var r = ImportRecordParser.Parse("""{"id": "x", "title": "<p>Hello <script>alert(1)</script>world</p>", "text": "b."}""");
        Assert.Equal("Hello world", r.Article.Headline);
    }
}
