using Mirsad.Core.Accounts;

namespace Mirsad.Core.Workflow;

/// <summary>Who is acting on an article: a signed-in newsroom user, or the scheduler.</summary>
/// <param name="Name">User name, as the audit log and revisions show it.</param>
/// <param name="Role">The role the workflow rules check.</param>
public sealed record EditorialActor(string Name, UserRole Role)
{
    /// <summary>The scheduled publisher: it carries out an editor's decision to publish at a time.</summary>
    public static EditorialActor Scheduler { get; } = new("scheduler", UserRole.Editor);
}
