using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;

namespace Mirsad.Core.Tests.Workflow;

public sealed class TextDiffTests
{
    [Fact]
    public void Words_OneWordChanged_MarksOnlyThatWord()
    {
        var pieces = TextDiff.Words("Putin writes to Sharaa", "Putin calls Sharaa");
        Assert.Equal("Putin ", pieces[0].Text);
        Assert.True(pieces[0].Kept);
        Assert.Equal("writes to ", Assert.Single(pieces, p => p.Removed).Text);
        Assert.Equal("calls ", Assert.Single(pieces, p => p.Added).Text);
    }

    [Fact]
    public void Words_JoinedRuns_GiveBothTextsBack()
    {
        const string before = "Russia has long been Syria's primary ally.";
        const string after = "Russia has been Syria's main ally since 2015.";
        var pieces = TextDiff.Words(before, after);
        Assert.Equal(before, string.Concat(pieces.Where(p => !p.Added).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => !p.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void Compare_ChangedHeadlineAndStatus_ListsThoseParts()
    {
        var before = new Article { Id = "1", Slug = "a", Headline = "Old", Status = ArticleStatus.Draft };
        var after = before with { Headline = "New", Status = ArticleStatus.InTranslation };
        Assert.Equal(["Status", "Headline"], RevisionDiff.Compare(before, after).Select(c => c.Field));
        Assert.Empty(RevisionDiff.Compare(after, after));
    }
}
