namespace Mirsad.Core.Accounts;

/// <summary>A person who works in the newsroom.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Name">Login name (unique, case-insensitive).</param>
/// <param name="Role">What the user may do.</param>
/// <param name="PasswordHash">The password hash (never the password).</param>
/// <param name="CreatedAt">When the account was made.</param>
/// <param name="FailedLogins">Failed logins since the last success.</param>
/// <param name="LockedUntil">Logins are refused until then; null when not locked.</param>
/// <param name="Disabled">A disabled account cannot log in.</param>
public sealed record NewsroomUser(
    long Id,
    string Name,
    UserRole Role,
    string PasswordHash,
    DateTimeOffset CreatedAt,
    int FailedLogins = 0,
    DateTimeOffset? LockedUntil = null,
    bool Disabled = false);
