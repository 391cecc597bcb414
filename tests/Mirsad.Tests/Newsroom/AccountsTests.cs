using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Newsroom;

public sealed class AccountsTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly MirsadWebFactory _factory = new();

    public async ValueTask InitializeAsync()
    {
        _ = _factory.Server; // start the host (and migrate the store) before the CLI writes to it
        foreach (var (name, role) in new[] { ("amira", "admin"), ("edward", "editor"), ("tariq", "translator") })
        {
            var result = await CliRunner.RunWithInputAsync(Password + "\n", "--data", _factory.DataDirectory, "users", "add", "--name", name, "--role", role, "--password-stdin");
            Assert.Equal(0, result.ExitCode);
        }
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Newsroom_Anonymous_IsSentToLogin()
    {
        using var session = NewsroomSession.Anonymous(_factory);
        var response = await session.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_RightPassword_OpensTheNewsroom()
    {
        using var session = await NewsroomSession.LogInAsync(_factory, "edward", Password);
        var response = await session.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Signed in as edward, editor", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_FromTheNewsroomBar_SignsOut()
    {
        using var session = await NewsroomSession.LogInAsync(_factory, "edward", Password);
        var response = await session.PostFormAsync("/newsroom", "/newsroom/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var after = await session.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPasswordFiveTimes_LocksTheAccount()
    {
        using var session = NewsroomSession.Anonymous(_factory);
        HttpResponseMessage? last = null;
        for (var i = 0; i < AccountRules.LockoutThreshold; i++)
        {
            last = await session.PostFormAsync("/newsroom/login", "/newsroom/login", new() { ["Name"] = "tariq", ["Password"] = "wrong password " + i });
            Assert.Equal(HttpStatusCode.Unauthorized, last.StatusCode);
        }

        Assert.Contains("Too many failed logins", await last!.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var right = await session.PostFormAsync("/newsroom/login", "/newsroom/login", new() { ["Name"] = "tariq", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode); // still locked, even with the right password
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().LatestAsync(20, "tariq", TestContext.Current.CancellationToken);
        Assert.Contains(audit, e => e.Action == "login.lockout");
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRefused()
    {
        using var session = NewsroomSession.Anonymous(_factory);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "amira", ["Password"] = Password });
        var response = await session.Client.PostAsync(new Uri("/newsroom/login", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Users_TranslatorIsDenied_AdminManages()
    {
        using var translator = await NewsroomSession.LogInAsync(_factory, "tariq", Password);
        var denied = await translator.GetAsync("/newsroom/users");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/newsroom/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var admin = await NewsroomSession.LogInAsync(_factory, "amira", Password);
        var added = await admin.PostFormAsync("/newsroom/users", "/newsroom/users?handler=Add", new() { ["name"] = "nadia", ["role"] = "Translator", ["password"] = "another long secret" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.NotNull(await _factory.Services.GetRequiredService<IUserStore>().FindAsync("nadia", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RoleChange_InvalidatesTheOldCookie()
    {
        using var editor = await NewsroomSession.LogInAsync(_factory, "edward", Password);
        var users = _factory.Services.GetRequiredService<IUserStore>();
        var edward = await users.FindAsync("edward", TestContext.Current.CancellationToken);
        await users.UpdateAsync(edward!.Id, role: UserRole.Translator, cancellationToken: TestContext.Current.CancellationToken);
        var response = await editor.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryNewsroomEndpoint_RefusesAnonymousUsers()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        Assert.Contains("/newsroom/users", endpoints);
        using var session = NewsroomSession.Anonymous(_factory);
        foreach (var route in endpoints)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(route, "{[^}]+}", "1");
            var response = await session.GetAsync(url);
            if (route is "/newsroom/login")
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                continue;
            }

            if (route is "/newsroom/setup")
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // gone once an account exists
                continue;
            }

            // Refused: sent to login, or 401/403, or (setup, after the first account exists) not found.
            Assert.True(
                response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/newsroom/login", StringComparison.Ordinal)),
                $"{url} answered {(int)response.StatusCode} to an anonymous user");
        }
    }

    [Fact]
    public async Task Login_TooManyPostsFromOneAddress_AreRateLimited()
    {
        await using var factory = new MirsadWebFactory().With("Mirsad:Newsroom:LoginAttemptsPerMinute", "3").With("Mirsad:Site:LoadDemo", "false");
        using var session = NewsroomSession.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await session.PostFormAsync("/newsroom/login", "/newsroom/login", new() { ["Name"] = "x", ["Password"] = "y" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("short", "editor", 1)]
    [InlineData("a long enough password", "superuser", 2)]
    public async Task UsersAdd_BadInput_IsRefused(string password, string role, int exit)
    {
        var result = await CliRunner.RunWithInputAsync(password + "\n", "--data", _factory.DataDirectory, "users", "add", "--name", "someone", "--role", role, "--password-stdin");
        Assert.Equal(exit, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task UsersAdd_WithoutPasswordStdin_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("--data", _factory.DataDirectory, "users", "add", "--name", "someone", "--role", "editor");
        Assert.Equal(2, result.ExitCode);
    }
}
