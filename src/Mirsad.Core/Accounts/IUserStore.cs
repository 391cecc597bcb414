namespace Mirsad.Core.Accounts;

/// <summary>Newsroom accounts.</summary>
public interface IUserStore
{
    /// <summary>A user by login name (case-insensitive).</summary>
    Task<NewsroomUser?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A user by id.</summary>
    Task<NewsroomUser?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>All users by name.</summary>
    Task<IReadOnlyList<NewsroomUser>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of users.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a user; false when the name is taken.</summary>
    Task<bool> AddAsync(string name, UserRole role, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of a login attempt: failure count, lock, or a reset after success.</summary>
    Task RecordLoginAsync(long id, int failedLogins, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default);

    /// <summary>Changes a user's role, password hash or disabled flag (null leaves it as it is).</summary>
    Task UpdateAsync(long id, UserRole? role = null, string? passwordHash = null, bool? disabled = null, CancellationToken cancellationToken = default);
}
