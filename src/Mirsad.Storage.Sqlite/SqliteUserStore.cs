using Dapper;
using Microsoft.Data.Sqlite;
using Mirsad.Core.Accounts;

namespace Mirsad.Storage.Sqlite;

/// <summary>Newsroom accounts in the SQLite store.</summary>
public sealed class SqliteUserStore(SqliteDatabase database) : IUserStore
{
    private const string Columns = """
        id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt,
        failed_logins AS FailedLogins, locked_until AS LockedUntil, disabled AS Disabled
        """;

    /// <inheritdoc />
    public Task<NewsroomUser?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(One("name = @key", new { key = name }));

    /// <inheritdoc />
    public Task<NewsroomUser?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(One("id = @key", new { key = id }));

    /// <inheritdoc />
    public Task<IReadOnlyList<NewsroomUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<NewsroomUser> users = connection.Query<UserRow>($"SELECT {Columns} FROM users ORDER BY name").Select(r => r.ToUser()).ToList();
        return Task.FromResult(users);
    }

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM users"));
    }

    /// <inheritdoc />
    public Task<bool> AddAsync(string name, UserRole role, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        try
        {
            connection.Execute(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @now)",
                new { name, role = role.ToString(), hash = passwordHash, now = ArticleMapping.FormatDate(now) });
            return Task.FromResult(true);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            return Task.FromResult(false); // UNIQUE(name): the name is taken
        }
    }

    /// <inheritdoc />
    public Task RecordLoginAsync(long id, int failedLogins, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE users SET failed_logins = @failedLogins, locked_until = @locked WHERE id = @id",
            new { id, failedLogins, locked = ArticleMapping.FormatDate(lockedUntil) });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UpdateAsync(long id, UserRole? role = null, string? passwordHash = null, bool? disabled = null, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute(
            """
            UPDATE users SET role = COALESCE(@role, role), password_hash = COALESCE(@hash, password_hash),
                             disabled = COALESCE(@disabled, disabled)
            WHERE id = @id
            """,
            new { id, role = role?.ToString(), hash = passwordHash, disabled = disabled is null ? (int?)null : disabled.Value ? 1 : 0 });
        return Task.CompletedTask;
    }

    private NewsroomUser? One(string condition, object parameters)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<UserRow>($"SELECT {Columns} FROM users WHERE {condition}", parameters)?.ToUser();
    }

    private sealed class UserRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public long FailedLogins { get; set; }
        public string? LockedUntil { get; set; }
        public long Disabled { get; set; }

        public NewsroomUser ToUser() => new(Id, Name, Enum.Parse<UserRole>(Role), PasswordHash, ArticleMapping.ParseDate(CreatedAt)!.Value,
            (int)FailedLogins, ArticleMapping.ParseDate(LockedUntil), Disabled != 0);
    }
}
