using Dapper;
using Mirsad.Core.Accounts;

namespace Mirsad.Storage.Sqlite;

/// <summary>The audit log in the SQLite store.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    /// <inheritdoc />
    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@at, @actor, @action, @subject, @detail)",
            new { at = ArticleMapping.FormatDate(entry.At), actor = entry.Actor, action = entry.Action, subject = entry.Subject, detail = entry.Detail });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, string? subject = null, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<AuditEntry> entries = connection.Query<(string At, string Actor, string Action, string? Subject, string? Detail)>(
                "SELECT at, actor, action, subject, detail FROM audit_log WHERE @subject IS NULL OR subject = @subject ORDER BY id DESC LIMIT @count",
                new { subject, count = Math.Clamp(count, 1, 1000) })
            .Select(r => new AuditEntry(ArticleMapping.ParseDate(r.At)!.Value, r.Actor, r.Action, r.Subject, r.Detail))
            .ToList();
        return Task.FromResult(entries);
    }
}
