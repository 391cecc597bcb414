using Mirsad.Core.Text;

namespace Mirsad.Core.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria", "in-message-to-sharaa-putin-calls-for-enhanced-cooperation-with-syria")]
    [InlineData("Putin’s message", "putins-message")]
    [InlineData("Ahmad al-Sharaa", "ahmad-al-sharaa")]
    [InlineData("Türkiye's Erdoğan", "turkiyes-erdogan")]
    [InlineData("  --- ", "")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    public void From_Headline_MakesUrlSafeSlug(string input, string expected) => Assert.Equal(expected, Slug.From(input));

    [Fact]
    public void From_Arabic_KeepsArabicLettersWithoutHarakatOrHamza()
    {
        // Compatibility decomposition splits hamza-on-alef into alef + a combining hamza, which is dropped like the harakat.
        Assert.Equal("احمد-الشرع", Slug.From("أَحْمَد الشَّرع"));
    }

    [Fact]
    public void From_LongText_IsCutAtAWordBoundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("reconstruction", 20)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.All(slug.Split('-'), part => Assert.Equal("reconstruction", part));
    }
}
