using Mirsad.Core.Text;

namespace Mirsad.Core.Tests.Text;

public sealed class PlainTextTests
{
    [Fact]
    public void Paragraphs_HardWrappedWireCopy_JoinsLinesAndSplitsOnIndent()
    {
        var text = "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.";
        Assert.Equal(
            ["Showers continued throughout the week in the Bahia cocoa zone.", "The dry period means the temporao will be late."],
            PlainText.Paragraphs(text));
    }

    [Fact]
    public void Paragraphs_BlankLines_SeparateParagraphs()
    {
        Assert.Equal(["One", "Two three."], PlainText.Paragraphs("One\n\n\nTwo   three."));
    }

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisAtWord()
    {
        var t = PlainText.Truncate("The quick brown fox jumps over the lazy dog", 20);
        Assert.True(t.Length <= 20);
        Assert.EndsWith("…", t, StringComparison.Ordinal);
        Assert.StartsWith("The quick brown", t, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstSentence_StopsAtFullStop()
    {
        Assert.Equal("Russia has long been Syria's ally", PlainText.FirstSentence("Russia has long been Syria's ally. More text follows.", 120));
    }
}
