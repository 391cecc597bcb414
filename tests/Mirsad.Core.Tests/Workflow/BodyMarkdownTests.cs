using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;

namespace Mirsad.Core.Tests.Workflow;

public sealed class BodyMarkdownTests
{
    [Fact]
    public void Parse_HeadingsQuotesParagraphs_BecomeBlocks()
    {
        var blocks = BodyMarkdown.Parse("First paragraph\nwrapped.\n\n## A subheading\n\n> A quote.\n\nLast.");
        Assert.Equal(
            [ArticleBlock.Paragraph("First paragraph wrapped."), ArticleBlock.Subheading("A subheading"), ArticleBlock.Quote("A quote."), ArticleBlock.Paragraph("Last.")],
            blocks);
    }

    [Fact]
    public void Parse_HtmlAndLinks_StayPlainText()
    {
        var blocks = BodyMarkdown.Parse("<script>alert(1)</script>\n\nSee [this](javascript:alert(1)) and <img src=x onerror=alert(1)> **now**.");
        Assert.Equal("<script>alert(1)</script>", blocks[0].Text);
        Assert.Equal("See this and <img src=x onerror=alert(1)> now.", blocks[1].Text);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Parse_ListsAndCode_BecomeParagraphs()
    {
        var blocks = BodyMarkdown.Parse("- one\n- two\n\n    code here");
        Assert.Equal(["one", "two", "code here"], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Plain text with *stars*, _underscores_ and `ticks`.")]
    [InlineData("# Not a heading")]
    [InlineData("> not a quote")]
    [InlineData("2024. A year, not a list")]
    [InlineData("- not a list")]
    [InlineData("<b>markup</b> &amp; entities [brackets]")]
    [InlineData("Back\\slash and ![image](x)")]
    public void Format_ThenParse_GivesTheTextBack(string text)
    {
        IReadOnlyList<ArticleBlock> blocks = [ArticleBlock.Paragraph(text), ArticleBlock.Subheading(text), ArticleBlock.Quote(text)];
        Assert.Equal(blocks, BodyMarkdown.Parse(BodyMarkdown.Format(blocks)));
    }

    [Fact]
    public void Format_ThenParse_TheModelArticleRoundTrips()
    {
        var body = BodyBuilder.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-body.txt")));
        Assert.Contains(body, b => b.Kind == BlockKind.Subheading);
        Assert.Equal(body, BodyMarkdown.Parse(BodyMarkdown.Format(body)));
    }
}
