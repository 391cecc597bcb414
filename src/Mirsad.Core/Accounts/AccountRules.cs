using System.Text.RegularExpressions;

namespace Mirsad.Core.Accounts;

/// <summary>What makes an acceptable user name and password, and when an account locks.</summary>
public static partial class AccountRules
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Longest password accepted (hashing cost is bounded).</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>Failed logins in a row that lock an account.</summary>
    public const int LockoutThreshold = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Null when the name is acceptable, else why not.</summary>
    public static string? CheckName(string? name) =>
        name is not null && NamePattern().IsMatch(name) ? null : "A user name is 3 to 64 letters, digits, dots, hyphens or underscores.";

    /// <summary>Null when the password is acceptable, else why not.</summary>
    public static string? CheckPassword(string? password) => password switch
    {
        null or { Length: < MinPasswordLength } => $"A password needs at least {MinPasswordLength} characters.",
        { Length: > MaxPasswordLength } => $"A password has at most {MaxPasswordLength} characters.",
        _ when password.Distinct().Count() < 4 => "A password needs more than three different characters.",
        _ => null,
    };

    [GeneratedRegex(@"^[\p{L}\p{N}._-]{3,64}$")]
    private static partial Regex NamePattern();
}
