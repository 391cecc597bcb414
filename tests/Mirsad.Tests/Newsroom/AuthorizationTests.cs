using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Newsroom;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Newsroom;

/// <summary>
/// Every /newsroom endpoint, read from the app's own endpoint table, refuses anonymous users and every
/// role its authorization policies do not admit, on GET and on POST; a page added without a policy fails here.
/// </summary>
public sealed partial class AuthorizationTests(NewsroomFixture site) : IClassFixture<NewsroomFixture>
{
    private static readonly string[] Anonymous = ["/newsroom/login", "/newsroom/setup"];

    // The least role each newsroom page is meant for; the endpoint table must agree.
    private static readonly Dictionary<string, UserRole> Intended = new()
    {
        ["/newsroom"] = UserRole.Translator,
        ["/newsroom/articles"] = UserRole.Translator,
        ["/newsroom/articles/new"] = UserRole.Translator,
        ["/newsroom/articles/{id}"] = UserRole.Translator,
        ["/newsroom/articles/{id}/history"] = UserRole.Translator,
        ["/newsroom/roundups/new"] = UserRole.Editor,
        ["/newsroom/users"] = UserRole.Admin,
    };

    private sealed record NewsroomEndpoint(string Route, IReadOnlyList<string> Policies, bool AllowsAnonymous);

    private IReadOnlyList<NewsroomEndpoint> Endpoints() => site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Select(e => new NewsroomEndpoint(
            "/" + e.RoutePattern.RawText!.TrimStart('/'),
            e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? NewsroomPolicies.Member).Distinct().ToList(),
            e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
        .Where(e => e.Route.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase))
        .GroupBy(e => e.Route, StringComparer.OrdinalIgnoreCase)
        .Select(g => g.First())
        .ToList();

    // The roles every policy on the endpoint admits (all of them must pass).
    private static HashSet<UserRole> Admitted(NewsroomEndpoint endpoint) =>
        endpoint.Policies.Aggregate(Enum.GetValues<UserRole>().ToHashSet(), (roles, policy) => roles.Intersect(NewsroomPolicies.Roles[policy]).ToHashSet());

    private async Task<string> UrlAsync(string route)
    {
        var draft = await site.DraftAsync();
        return IdParameter().Replace(OtherParameter().Replace(route, "1"), Uri.EscapeDataString(draft.Id));
    }

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString is var to
            && (to.Contains("/newsroom/login", StringComparison.Ordinal) || to.Contains("/newsroom/denied", StringComparison.Ordinal)));

    [Fact]
    public void EveryNewsroomEndpoint_ExceptLoginAndSetup_HasAPolicyAndNoAnonymousAccess()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= Intended.Count, "The endpoint table lists fewer newsroom pages than expected.");
        foreach (var endpoint in endpoints.Where(e => !Anonymous.Contains(e.Route)))
        {
            Assert.False(endpoint.AllowsAnonymous, $"{endpoint.Route} allows anonymous users");
            Assert.NotEmpty(endpoint.Policies);
            Assert.All(endpoint.Policies, p => Assert.True(NewsroomPolicies.Roles.ContainsKey(p), $"{endpoint.Route} names the unknown policy {p}"));
        }
    }

    [Fact]
    public void NewsroomPages_AdmitExactlyTheIntendedRoles()
    {
        var endpoints = Endpoints().ToDictionary(e => e.Route, StringComparer.OrdinalIgnoreCase);
        foreach (var (route, least) in Intended)
        {
            Assert.True(endpoints.TryGetValue(route, out var endpoint), $"{route} is not in the endpoint table");
            Assert.Equal(Enum.GetValues<UserRole>().Where(r => r >= least).ToHashSet(), Admitted(endpoint));
        }
    }

    [Fact]
    public async Task EveryNewsroomEndpoint_RefusesAnonymousUsersAndRolesItDoesNotAdmit_OnGetAndPost()
    {
        var sessions = new Dictionary<UserRole, NewsroomSession>
        {
            [UserRole.Translator] = await site.LogInAsync("tariq"),
            [UserRole.Editor] = await site.LogInAsync("edward"),
            [UserRole.Admin] = await site.LogInAsync("amira"),
        };
        using var anonymous = NewsroomSession.Anonymous(site.Factory);
        try
        {
            foreach (var endpoint in Endpoints().Where(e => !Anonymous.Contains(e.Route)))
            {
                var url = await UrlAsync(endpoint.Route);
                Assert.True(IsRefusal(await anonymous.GetAsync(url)), $"GET {url} did not refuse an anonymous user");
                Assert.True(IsRefusal(await anonymous.PostFormAsync("/newsroom/login", url, [])), $"POST {url} did not refuse an anonymous user");
                var admitted = Admitted(endpoint);
                foreach (var (role, session) in sessions)
                {
                    var get = await session.GetAsync(url);
                    if (admitted.Contains(role))
                    {
                        Assert.False(IsRefusal(get) && endpoint.Route != "/newsroom/denied", $"GET {url} refused a {role}, whom its policies admit");
                        continue;
                    }

                    Assert.True(IsRefusal(get), $"GET {url} answered {(int)get.StatusCode} to a {role}");
                    var post = await session.PostFormAsync("/newsroom/articles/new", url, []);
                    Assert.True(IsRefusal(post), $"POST {url} answered {(int)post.StatusCode} to a {role}");
                }
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                session.Dispose();
            }
        }
    }

    [Fact]
    public async Task Logout_FromTheNewsroomNavigation_SignsOut()
    {
        using var session = await site.LogInAsync("tariq");
        var response = await session.PostFormAsync("/newsroom", "/newsroom/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(IsRefusal(await session.GetAsync("/newsroom")));
    }

    // A bare {id} is an article id; any other parameter, or a constrained one ({id:long}), gets "1".
    [GeneratedRegex(@"\{id\}")]
    private static partial Regex IdParameter();

    [GeneratedRegex(@"\{(?!id\})[^}]+\}")]
    private static partial Regex OtherParameter();
}
