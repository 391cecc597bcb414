using Microsoft.AspNetCore.Identity;
using Mirsad.Core.Accounts;

namespace Mirsad.Newsroom;

/// <summary>
/// Creates accounts and checks logins with ASP.NET Core's password hasher (PBKDF2), locking an account
/// after <see cref="AccountRules.LockoutThreshold"/> failures in a row; every login and account change
/// is written to the audit log. Shared by the CLI (`mirsad users`) and the newsroom pages.
/// </summary>
public sealed class AccountService(IUserStore users, IAuditLog audit, TimeProvider time)
{
    private static readonly PasswordHasher<NewsroomUser> Hasher = new();
    private static readonly string DummyHash = Hasher.HashPassword(null!, "not-a-real-password-at-all");

    /// <summary>Creates an account; returns an error message instead when something is wrong.</summary>
    public async Task<string?> CreateAsync(string name, UserRole role, string password, string actor, CancellationToken cancellationToken = default)
    {
        var problem = AccountRules.CheckName(name) ?? AccountRules.CheckPassword(password);
        if (problem is not null)
        {
            return problem;
        }

        if (!await users.AddAsync(name, role, Hasher.HashPassword(null!, password), time.GetUtcNow(), cancellationToken))
        {
            return $"There is already a user called \"{name}\".";
        }

        await AuditAsync(actor, "user.create", name, role.ToString().ToLowerInvariant(), cancellationToken);
        return null;
    }

    /// <summary>Checks a login, counting failures and locking the account when there are too many.</summary>
    public async Task<LoginResult> CheckLoginAsync(string name, string password, string? client, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var user = string.IsNullOrWhiteSpace(name) || password.Length > AccountRules.MaxPasswordLength ? null : await users.FindAsync(name.Trim(), cancellationToken);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password.Length > AccountRules.MaxPasswordLength ? string.Empty : password); // same cost as a real check
            await AuditAsync(Bounded(name), "login.failed", Bounded(name), client, cancellationToken);
            return new LoginResult(LoginOutcome.Invalid);
        }

        if (user.Disabled)
        {
            await AuditAsync(user.Name, "login.disabled", user.Name, client, cancellationToken);
            return new LoginResult(LoginOutcome.Disabled);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            await AuditAsync(user.Name, "login.locked", user.Name, client, cancellationToken);
            return new LoginResult(LoginOutcome.LockedOut, LockedUntil: until);
        }

        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedLogins + 1;
            DateTimeOffset? lockedUntil = failures >= AccountRules.LockoutThreshold ? now + AccountRules.LockoutDuration : null;
            await users.RecordLoginAsync(user.Id, lockedUntil is null ? failures : 0, lockedUntil, cancellationToken);
            await AuditAsync(user.Name, lockedUntil is null ? "login.failed" : "login.lockout", user.Name, client, cancellationToken);
            return lockedUntil is null ? new LoginResult(LoginOutcome.Invalid) : new LoginResult(LoginOutcome.LockedOut, LockedUntil: lockedUntil);
        }

        await users.RecordLoginAsync(user.Id, 0, null, cancellationToken);
        await AuditAsync(user.Name, "login", user.Name, client, cancellationToken);
        return new LoginResult(LoginOutcome.Success, user);
    }

    /// <summary>Changes a user's role, password or disabled flag; returns an error message when something is wrong.</summary>
    public async Task<string?> UpdateAsync(long id, UserRole? role, string? password, bool? disabled, string actor, CancellationToken cancellationToken = default)
    {
        var user = await users.GetAsync(id, cancellationToken);
        if (user is null)
        {
            return "No such user.";
        }

        if (password is not null && AccountRules.CheckPassword(password) is { } problem)
        {
            return problem;
        }

        await users.UpdateAsync(id, role, password is null ? null : Hasher.HashPassword(user, password), disabled, cancellationToken);
        var changes = string.Join(", ", new[]
        {
            role is null ? null : "role " + role.Value.ToString().ToLowerInvariant(),
            password is null ? null : "password",
            disabled is null ? null : disabled.Value ? "disabled" : "enabled",
        }.OfType<string>());
        await AuditAsync(actor, "user.update", user.Name, changes, cancellationToken);
        return null;
    }

    private Task AuditAsync(string actor, string action, string? subject, string? detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(time.GetUtcNow(), actor, action, subject, detail), cancellationToken);

    private static string Bounded(string? text) => string.IsNullOrEmpty(text) ? "(blank)" : text.Length > 64 ? text[..64] : text;
}
