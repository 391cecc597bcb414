using Mirsad.Core.Accounts;

namespace Mirsad.Storage.Contract;

/// <summary>What every <see cref="IUserStore"/> and <see cref="IAuditLog"/> does.</summary>
public abstract class AccountStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private IUserStore Users => Get<IUserStore>();

    [Fact]
    public async Task AddAsync_NamesAreUniqueIgnoringCase_AndFoundIgnoringCase()
    {
        var now = Time.GetUtcNow();
        Assert.True(await Users.AddAsync("Rana", UserRole.Editor, "hash-1", now, Ct));
        Assert.False(await Users.AddAsync("rana", UserRole.Admin, "hash-2", now, Ct));
        Assert.True(await Users.AddAsync("adam", UserRole.Translator, "hash-3", now, Ct));

        var rana = (await Users.FindAsync("RANA", Ct))!;
        Assert.Equal(("Rana", UserRole.Editor, "hash-1", now, 0, false), (rana.Name, rana.Role, rana.PasswordHash, rana.CreatedAt, rana.FailedLogins, rana.Disabled));
        Assert.Equal("Rana", (await Users.GetAsync(rana.Id, Ct))!.Name);
        Assert.Equal(2, await Users.CountAsync(Ct));
        Assert.Equal(["adam", "Rana"], (await Users.ListAsync(Ct)).Select(u => u.Name));
        Assert.Null(await Users.FindAsync("nobody", Ct));
        Assert.Null(await Users.GetAsync(rana.Id + 1_000, Ct));
    }

    [Fact]
    public async Task RecordLoginAndUpdate_ChangeOnlyWhatTheyName()
    {
        await Users.AddAsync("rana", UserRole.Editor, "hash-1", Time.GetUtcNow(), Ct);
        var id = (await Users.FindAsync("rana", Ct))!.Id;
        var until = Time.GetUtcNow().AddMinutes(15);
        await Users.RecordLoginAsync(id, 5, until, Ct);
        await Users.UpdateAsync(id, role: UserRole.Admin, cancellationToken: Ct);
        var user = (await Users.GetAsync(id, Ct))!;
        Assert.Equal((5, until, UserRole.Admin, "hash-1", false), (user.FailedLogins, user.LockedUntil, user.Role, user.PasswordHash, user.Disabled));

        await Users.UpdateAsync(id, passwordHash: "hash-2", disabled: true, cancellationToken: Ct);
        await Users.RecordLoginAsync(id, 0, null, Ct);
        user = (await Users.GetAsync(id, Ct))!;
        Assert.Equal((0, (DateTimeOffset?)null, UserRole.Admin, "hash-2", true), (user.FailedLogins, user.LockedUntil, user.Role, user.PasswordHash, user.Disabled));
    }

    [Fact]
    public async Task AuditLog_LatestFirst_FilteredBySubject_AndBounded()
    {
        var audit = Get<IAuditLog>();
        var at = Time.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await audit.WriteAsync(new AuditEntry(at.AddSeconds(i), "rana", "article.move", i % 2 == 0 ? "a1" : "a2", $"step {i}"), Ct);
        }

        await audit.WriteAsync(new AuditEntry(at.AddSeconds(9), "system", "user.login", null, null), Ct);
        Assert.Equal(["user.login", "article.move", "article.move"], (await audit.LatestAsync(3, cancellationToken: Ct)).Select(e => e.Action));
        Assert.Equal(["step 4", "step 2", "step 0"], (await audit.LatestAsync(10, "a1", Ct)).Select(e => e.Detail));
        Assert.Equal(new AuditEntry(at.AddSeconds(1), "rana", "article.move", "a2", "step 1"), (await audit.LatestAsync(10, "a2", Ct))[^1]);
    }
}
