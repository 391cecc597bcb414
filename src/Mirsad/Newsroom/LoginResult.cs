using Mirsad.Core.Accounts;

namespace Mirsad.Newsroom;

/// <summary>The outcome of a login attempt.</summary>
public sealed record LoginResult(LoginOutcome Outcome, NewsroomUser? User = null, DateTimeOffset? LockedUntil = null);

/// <summary>How a login attempt ended.</summary>
public enum LoginOutcome
{
    /// <summary>Name and password match an active account.</summary>
    Success,

    /// <summary>Wrong name or password (which of the two is not said).</summary>
    Invalid,

    /// <summary>Too many failures: locked until <see cref="LoginResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The account is disabled.</summary>
    Disabled,
}
