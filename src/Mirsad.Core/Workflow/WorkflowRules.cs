using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>
/// The one place that says who may move an article between which workflow states, and who may change
/// its text in each state. Pages, the scheduler and tests all ask here.
/// </summary>
public static class WorkflowRules
{
    /// <summary>Every allowed move. Anything not listed is refused.</summary>
    public static IReadOnlyList<WorkflowMove> Moves { get; } =
    [
        new(ArticleStatus.Draft, ArticleStatus.InTranslation, UserRole.Translator, "Start translation"),
        new(ArticleStatus.Draft, ArticleStatus.InEditing, UserRole.Translator, "Send to editing"), // English stories need no translation
        new(ArticleStatus.InTranslation, ArticleStatus.Draft, UserRole.Translator, "Back to draft"),
        new(ArticleStatus.InTranslation, ArticleStatus.InEditing, UserRole.Translator, "Send to editing"),
        new(ArticleStatus.InEditing, ArticleStatus.InTranslation, UserRole.Editor, "Return to translation"),
        new(ArticleStatus.InEditing, ArticleStatus.Ready, UserRole.Editor, "Mark ready"),
        new(ArticleStatus.Ready, ArticleStatus.InEditing, UserRole.Editor, "Reopen for editing"),
        new(ArticleStatus.Ready, ArticleStatus.Scheduled, UserRole.Editor, "Schedule"),
        new(ArticleStatus.Ready, ArticleStatus.Published, UserRole.Editor, "Publish now"),
        new(ArticleStatus.Scheduled, ArticleStatus.Ready, UserRole.Editor, "Cancel the schedule"),
        new(ArticleStatus.Scheduled, ArticleStatus.Published, UserRole.Editor, "Publish now"),
        new(ArticleStatus.Published, ArticleStatus.Unpublished, UserRole.Editor, "Unpublish"),
        new(ArticleStatus.Unpublished, ArticleStatus.InEditing, UserRole.Editor, "Reopen for editing"),
        new(ArticleStatus.Unpublished, ArticleStatus.Published, UserRole.Editor, "Publish again"),
    ];

    /// <summary>The move from one state to another, when there is one.</summary>
    public static WorkflowMove? Find(ArticleStatus from, ArticleStatus to) => Moves.FirstOrDefault(m => m.From == from && m.To == to);

    /// <summary>The moves <paramref name="role"/> may make from <paramref name="from"/>.</summary>
    public static IReadOnlyList<WorkflowMove> MovesFrom(ArticleStatus from, UserRole role) =>
        Moves.Where(m => m.From == from && m.AllowedFor(role)).ToList();

    /// <summary>Null when <paramref name="role"/> may move an article from one state to the other; otherwise why not, in words.</summary>
    public static string? Refusal(ArticleStatus from, ArticleStatus to, UserRole role)
    {
        if (from == to)
        {
            return $"The article is already {Name(to)}.";
        }

        if (Find(from, to) is not { } move)
        {
            var next = Moves.Where(m => m.From == from).Select(m => Name(m.To)).Distinct().ToList();
            return $"An article that is {Name(from)} cannot become {Name(to)}; it can become {string.Join(" or ", next)}.";
        }

        return move.AllowedFor(role)
            ? null
            : $"Only {Who(move.MinimumRole)} may do this (\"{move.Label}\"); you are {Article(role)} {RoleName(role)}.";
    }

    /// <summary>Whether <paramref name="role"/> may change an article's text while it is in <paramref name="status"/>.</summary>
    /// <remarks>Translators work on drafts and translations; once handed to editing the text is the editors'.</remarks>
    public static bool CanEdit(ArticleStatus status, UserRole role) =>
        role >= UserRole.Editor || status is ArticleStatus.Draft or ArticleStatus.InTranslation;

    /// <summary>Null when an article may be saved into <paramref name="to"/>; otherwise what is missing.</summary>
    public static string? Incomplete(Article article, ArticleStatus to)
    {
        if (to is not (ArticleStatus.Ready or ArticleStatus.Scheduled or ArticleStatus.Published))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(article.Headline) || article.Body.Count == 0)
        {
            return $"An article needs a headline and a body before it can be {Name(to)}.";
        }

        return null;
    }

    /// <summary>A state as people say it: "in translation".</summary>
    public static string Name(ArticleStatus status) => status switch
    {
        ArticleStatus.InTranslation => "in translation",
        ArticleStatus.InEditing => "in editing",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>A role as people say it: "editor".</summary>
    public static string RoleName(UserRole role) => role.ToString().ToLowerInvariant();

    private static string Who(UserRole minimum) => minimum switch
    {
        UserRole.Admin => "an admin",
        UserRole.Editor => "an editor or an admin",
        _ => "a newsroom member",
    };

    private static string Article(UserRole role) => role == UserRole.Admin ? "an" : "a";
}
