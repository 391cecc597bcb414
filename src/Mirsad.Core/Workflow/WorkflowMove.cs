using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>One allowed move of an article between two workflow states.</summary>
/// <param name="From">The state the article is in.</param>
/// <param name="To">The state it goes to.</param>
/// <param name="MinimumRole">The least role that may make the move (roles nest: an admin may do what an editor may).</param>
/// <param name="Label">What the button says ("Send to editing").</param>
public sealed record WorkflowMove(ArticleStatus From, ArticleStatus To, UserRole MinimumRole, string Label)
{
    /// <summary>Whether <paramref name="role"/> may make this move.</summary>
    public bool AllowedFor(UserRole role) => role >= MinimumRole;
}
