using Mirsad.Core.Articles;

namespace Mirsad.Core.Tests.Articles;

public sealed class BodyBuilderTests
{
    [Fact]
    public void FromText_ShortLineBetweenParagraphs_IsSubheading()
    {
        var body = BodyBuilder.FromText("First paragraph ends here.\n\nRussia’s Shifting Strategy Post-Assad\n\nRussia has long been Syria’s primary ally.");
        Assert.Equal([BlockKind.Paragraph, BlockKind.Subheading, BlockKind.Paragraph], body.Select(b => b.Kind));
    }

    [Fact]
    public void FromText_Html_IsReadIntoPlainBlocksWithoutScripts()
    {
        var body = BodyBuilder.FromText("<p>Hello <b>world</b> &amp; co.</p><script>alert('x')</script><h2>Sub</h2><blockquote>Said so.</blockquote>");
        Assert.Equal([BlockKind.Paragraph, BlockKind.Subheading, BlockKind.Quote], body.Select(b => b.Kind));
        Assert.Equal("Hello world & co.", body[0].Text);
        Assert.DoesNotContain(body, b => b.Text.Contains("alert", StringComparison.Ordinal));
    }

    [Fact]
    public void FromText_ProseMentioningBrackets_IsNotTreatedAsHtml()
    {
        var body = BodyBuilder.FromText("Standard Oil <SRD> to form financial unit.");
        Assert.Equal("Standard Oil <SRD> to form financial unit.", body.Single().Text);
    }
}
