using Dapper;
using Mirsad.Core.Accounts;
using Npgsql;

namespace Mirsad.Storage.Postgres;

/// <summary>Newsroom accounts in PostgreSQL (names unique ignoring case).</summary>
public sealed class PostgresUserStore(PostgresDatabase database) : IUserStore
{
    private const string Columns = """
        id AS Id, name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt,
        failed_logins AS FailedLogins, locked_until AS LockedUntil, disabled AS Disabled
        """;

    /// <inheritdoc />
    public Task<NewsroomUser?> FindAsync(string name, CancellationToken cancellationToken = default) => OneAsync("lower(name) = lower(@key)", new { key = name }, cancellationToken);

    /// <inheritdoc />
    public Task<NewsroomUser?> GetAsync(long id, CancellationToken cancellationToken = default) => OneAsync("id = @key", new { key = id }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<NewsroomUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<UserRow>(new CommandDefinition($"SELECT {Columns} FROM users ORDER BY lower(name), id", cancellationToken: cancellationToken))).Select(r => r.ToUser()).ToList();
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<bool> AddAsync(string name, UserRole role, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @now)",
                new { name, role = role.ToString(), hash = passwordHash, now = PgTime.Write(now) },
                cancellationToken: cancellationToken));
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false; // the name is taken
        }
    }

    /// <inheritdoc />
    public async Task RecordLoginAsync(long id, int failedLogins, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_logins = @failedLogins, locked_until = @locked WHERE id = @id", new { id, failedLogins, locked = PgTime.Write(lockedUntil) }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task UpdateAsync(long id, UserRole? role = null, string? passwordHash = null, bool? disabled = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE users SET role = COALESCE(@role, role), password_hash = COALESCE(@hash, password_hash), disabled = COALESCE(@disabled, disabled)
            WHERE id = @id
            """,
            new { id, role = role?.ToString(), hash = passwordHash, disabled },
            cancellationToken: cancellationToken));
    }

    private async Task<NewsroomUser?> OneAsync(string condition, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryFirstOrDefaultAsync<UserRow>(new CommandDefinition($"SELECT {Columns} FROM users WHERE {condition}", parameters, cancellationToken: cancellationToken)))?.ToUser();
    }

    private sealed class UserRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public int FailedLogins { get; set; }
        public DateTime? LockedUntil { get; set; }
        public bool Disabled { get; set; }

        public NewsroomUser ToUser() => new(Id, Name, Enum.Parse<UserRole>(Role), PasswordHash, PgTime.Read(CreatedAt), FailedLogins, PgTime.Read(LockedUntil), Disabled);
    }
}
