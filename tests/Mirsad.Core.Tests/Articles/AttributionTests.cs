using Mirsad.Core.Articles;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Tests.Articles;

public sealed class AttributionTests
{
    private static Article Make(string? standfirst) => new()
    {
        Id = "1",
        Slug = "a",
        Headline = "H",
        Standfirst = standfirst,
        Source = new SourceOutlet("syria-tv", "Syria TV", Leaning: "opposition TV channel"),
    };

    [Fact]
    public void Standfirst_WithoutAttribution_EndsWithSourceWrites()
    {
        Assert.Equal("Russia wants to stay, Syria TV writes.", Attribution.Standfirst(Make("Russia wants to stay.")));
    }

    [Fact]
    public void Standfirst_AlreadyAttributed_IsUnchanged()
    {
        Assert.Equal("Russia wants to stay, Syria TV writes.", Attribution.Standfirst(Make("Russia wants to stay, Syria TV writes.")));
    }

    [Fact]
    public void LabelledName_ShowsLeaning()
    {
        Assert.Equal("Syria TV (opposition TV channel)", Make(null).Source!.LabelledName);
    }
}
