using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Workflow;

namespace Mirsad.Core.Tests.Workflow;

public sealed class RoundupBuilderTests
{
    private static Article Story(string slug, string headline, params string[] keywords) => new()
    {
        Id = slug,
        Slug = slug,
        Headline = headline,
        Standfirst = "What " + headline + " means",
        Body = [ArticleBlock.Paragraph("Body.")],
        Source = new SourceOutlet("syria-tv", "Syria TV"),
        Keywords = keywords.Select(k => new ArticleKeyword(k, k, KeywordKind.Topic)).ToList(),
    };

    [Fact]
    public void Build_ThreeStories_GathersHeadlinesSummariesLinksAndSharedKeywords()
    {
        var roundup = RoundupBuilder.Build(
            "What happened this week",
            "A busy week.",
            [Story("a", "Putin writes", "russia", "putin"), Story("b", "Aid delayed", "russia", "aid"), Story("c", "Talks resume", "russia")],
            slug => "/article/" + slug);

        Assert.Equal(ArticleKind.Roundup, roundup.Kind);
        Assert.Equal(ArticleStatus.Draft, roundup.Status);
        Assert.Equal(ArticleBlock.Paragraph("A busy week."), roundup.Body[0]);
        Assert.Equal(["Putin writes", "Aid delayed", "Talks resume"], roundup.Body.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
        Assert.Equal("What Putin writes means, Syria TV writes.", roundup.Body[2].Text);
        Assert.Equal(["/article/a", "/article/b", "/article/c"], roundup.Links.Select(l => l.Url));
        Assert.Equal("russia", roundup.Keywords[0].Slug);
    }
}
