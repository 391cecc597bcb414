using System.Security.Claims;
using Mirsad.Core.Accounts;
using Mirsad.Core.Workflow;

namespace Mirsad.Newsroom;

/// <summary>The signed-in user as the workflow sees them.</summary>
public static class ActorClaims
{
    /// <summary>The user's name and role; a principal without a role counts as a translator (the least role).</summary>
    public static EditorialActor Actor(this ClaimsPrincipal principal) =>
        new(principal.Identity?.Name ?? "unknown", principal.Role() ?? UserRole.Translator);
}
