using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;
using static Mirsad.Core.Articles.ArticleStatus;

namespace Mirsad.Core.Tests.Workflow;

public sealed class WorkflowRulesTests
{
    // The newsroom's workflow written out independently of WorkflowRules: (from, to) -> least role allowed.
    private static readonly Dictionary<(ArticleStatus, ArticleStatus), UserRole> Expected = new()
    {
        [(Draft, InTranslation)] = UserRole.Translator,
        [(Draft, InEditing)] = UserRole.Translator,
        [(InTranslation, Draft)] = UserRole.Translator,
        [(InTranslation, InEditing)] = UserRole.Translator,
        [(InEditing, InTranslation)] = UserRole.Editor,
        [(InEditing, Ready)] = UserRole.Editor,
        [(Ready, InEditing)] = UserRole.Editor,
        [(Ready, Scheduled)] = UserRole.Editor,
        [(Ready, Published)] = UserRole.Editor,
        [(Scheduled, Ready)] = UserRole.Editor,
        [(Scheduled, Published)] = UserRole.Editor,
        [(Published, Unpublished)] = UserRole.Editor,
        [(Unpublished, InEditing)] = UserRole.Editor,
        [(Unpublished, Published)] = UserRole.Editor,
    };

    public static TheoryData<ArticleStatus, ArticleStatus, UserRole> EveryMove()
    {
        var data = new TheoryData<ArticleStatus, ArticleStatus, UserRole>();
        foreach (var from in Enum.GetValues<ArticleStatus>())
        {
            foreach (var to in Enum.GetValues<ArticleStatus>())
            {
                foreach (var role in Enum.GetValues<UserRole>())
                {
                    data.Add(from, to, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Refusal_EveryStatePairAndRole_MatchesTheNewsroomsWorkflow(ArticleStatus from, ArticleStatus to, UserRole role)
    {
        var allowed = Expected.TryGetValue((from, to), out var least) && role >= least;
        var refusal = WorkflowRules.Refusal(from, to, role);
        Assert.Equal(allowed, refusal is null);
        if (!allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal));
        }
    }

    [Fact]
    public void Moves_AreExactlyTheExpectedOnes()
    {
        Assert.Equal(Expected.Keys.OrderBy(k => k), WorkflowRules.Moves.Select(m => (m.From, m.To)).OrderBy(k => k));
        Assert.All(WorkflowRules.Moves, m => Assert.Equal(Expected[(m.From, m.To)], m.MinimumRole));
    }

    [Fact]
    public void Refusal_TranslatorPublishing_SaysWhoMay()
    {
        Assert.Equal("Only an editor or an admin may do this (\"Publish now\"); you are a translator.", WorkflowRules.Refusal(Ready, Published, UserRole.Translator));
    }

    [Fact]
    public void Refusal_DraftToPublished_NamesTheStatesItCanReach()
    {
        Assert.Equal("An article that is draft cannot become published; it can become in translation or in editing.", WorkflowRules.Refusal(Draft, Published, UserRole.Admin));
    }

    [Fact]
    public void MovesFrom_TranslatorOnATranslation_OffersOnlyTranslatorMoves()
    {
        Assert.Equal(["Back to draft", "Send to editing"], WorkflowRules.MovesFrom(InTranslation, UserRole.Translator).Select(m => m.Label));
        Assert.Empty(WorkflowRules.MovesFrom(Ready, UserRole.Translator));
    }

    [Theory]
    [InlineData(Draft, UserRole.Translator, true)]
    [InlineData(InTranslation, UserRole.Translator, true)]
    [InlineData(InEditing, UserRole.Translator, false)]
    [InlineData(Ready, UserRole.Translator, false)]
    [InlineData(Published, UserRole.Translator, false)]
    [InlineData(InEditing, UserRole.Editor, true)]
    [InlineData(Published, UserRole.Editor, true)]
    [InlineData(Scheduled, UserRole.Admin, true)]
    public void CanEdit_StateAndRole_AllowsTheOwnerOfTheText(ArticleStatus status, UserRole role, bool expected) =>
        Assert.Equal(expected, WorkflowRules.CanEdit(status, role));

    [Fact]
    public void Incomplete_PublishingWithoutBody_IsRefused()
    {
        var article = new Article { Id = "1", Slug = "a", Headline = "H" };
        Assert.NotNull(WorkflowRules.Incomplete(article, Published));
        Assert.Null(WorkflowRules.Incomplete(article, InEditing));
        Assert.Null(WorkflowRules.Incomplete(article with { Body = [ArticleBlock.Paragraph("Text.")] }, Published));
    }
}
