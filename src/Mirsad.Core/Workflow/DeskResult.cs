using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>The outcome of a newsroom action: the article as it now is and its revision, or why nothing was done.</summary>
/// <param name="Article">The article after the action (unchanged when refused); null when there is no such article.</param>
/// <param name="Revision">The article's latest revision number.</param>
/// <param name="Error">Why the action was refused, in words; null when it was done.</param>
/// <param name="Unchanged">True when the save changed nothing, so no revision was kept.</param>
public sealed record DeskResult(Article? Article, int Revision, string? Error = null, bool Unchanged = false)
{
    /// <summary>Whether the action was done.</summary>
    public bool Ok => Error is null;
}
