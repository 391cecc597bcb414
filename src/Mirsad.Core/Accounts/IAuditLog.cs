namespace Mirsad.Core.Accounts;

/// <summary>An append-only record of logins and newsroom actions.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry.</summary>
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The latest entries, newest first, optionally about one subject.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, string? subject = null, CancellationToken cancellationToken = default);
}
