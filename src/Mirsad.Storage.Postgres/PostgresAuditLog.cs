using Dapper;
using Mirsad.Core.Accounts;

namespace Mirsad.Storage.Postgres;

/// <summary>The audit log in PostgreSQL.</summary>
public sealed class PostgresAuditLog(PostgresDatabase database) : IAuditLog
{
    /// <inheritdoc />
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@at, @actor, @action, @subject, @detail)",
            new { at = PgTime.Write(entry.At), actor = entry.Actor, action = entry.Action, subject = entry.Subject, detail = entry.Detail },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, string? subject = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(DateTime At, string Actor, string Action, string? Subject, string? Detail)>(new CommandDefinition(
                "SELECT at, actor, action, subject, detail FROM audit_log WHERE @subject::text IS NULL OR subject = @subject ORDER BY id DESC LIMIT @count",
                new { subject, count = Math.Clamp(count, 1, 1000) },
                cancellationToken: cancellationToken)))
            .Select(r => new AuditEntry(PgTime.Read(r.At), r.Actor, r.Action, r.Subject, r.Detail))
            .ToList();
    }
}
