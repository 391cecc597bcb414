using Mirsad.Core.Articles;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Tests.Articles;

public sealed class AttributionSplitTests
{
    private static readonly SourceOutlet SyriaTv = new("syria-tv", "Syria TV");

    [Fact]
    public void Split_ModelStandfirst_SeparatesTheAttribution()
    {
        var (text, attribution) = Attribution.Split("Putin’s message underscores Russia’s intent, Syria TV writes.", SyriaTv);
        Assert.Equal("Putin’s message underscores Russia’s intent", text);
        Assert.Equal("Syria TV writes.", attribution);
    }

    [Fact]
    public void Compose_ThenSplit_GivesThePartsBack()
    {
        var composed = Attribution.Compose("Russia wants to stay.", "according to Syria TV.");
        Assert.Equal("Russia wants to stay, according to Syria TV.", composed);
        Assert.Equal(("Russia wants to stay", "according to Syria TV."), Attribution.Split(composed, SyriaTv));
    }

    [Fact]
    public void Standfirst_EditedAttributionNamingTheSource_IsNotRepeated()
    {
        var article = new Article { Id = "1", Slug = "a", Headline = "H", Standfirst = "Russia wants to stay, according to Syria TV.", Source = SyriaTv };
        Assert.Equal("Russia wants to stay, according to Syria TV.", Attribution.Standfirst(article));
    }

    [Fact]
    public void For_Template_FillsInTheSourceName()
    {
        Assert.Equal("Syria TV reports.", Attribution.For(SyriaTv, "{0} reports."));
        Assert.Null(Attribution.For(null));
    }
}
