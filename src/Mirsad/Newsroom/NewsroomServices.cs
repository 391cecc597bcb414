using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Mirsad.Core.Accounts;
using Mirsad.Translation;

namespace Mirsad.Newsroom;

/// <summary>
/// The newsroom's security: cookie sign-in, role policies, the convention that every page in the
/// Newsroom area needs a signed-in member, and a rate limit on login attempts; and its services:
/// optional machine translation and the scheduled publisher.
/// </summary>
public static class NewsroomServices
{
    /// <summary>The rate-limiting policy on the login form.</summary>
    public const string LoginRateLimit = "newsroom.login";

    /// <summary>Where newsroom URLs start.</summary>
    public const string PathPrefix = "/newsroom";

    /// <summary>Adds the newsroom; <paramref name="publishOnSchedule"/> false leaves out the scheduled publisher (a site serving read-only).</summary>
    public static IServiceCollection AddNewsroom(this IServiceCollection services, IConfiguration configuration, bool publishOnSchedule = true)
    {
        services.AddOptions<NewsroomOptions>().Bind(configuration.GetSection(NewsroomOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccountService>();
        services.AddMachineTranslation(configuration);
        services.AddSingleton<ScheduledPublisher>();
        if (publishOnSchedule)
        {
            services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        }

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "mirsad.newsroom";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = PathPrefix;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            options.LoginPath = PathPrefix + "/login";
            options.LogoutPath = PathPrefix + "/logout";
            options.AccessDeniedPath = PathPrefix + "/denied";
            options.Events.OnValidatePrincipal = ValidateAsync;
            options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in NewsroomPolicies.Roles)
            {
                options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())));
            }
        });
        services.AddRazorPages().AddRazorPagesOptions(options =>
        {
            options.Conventions.AuthorizeAreaFolder("Newsroom", "/", NewsroomPolicies.Member);
            options.Conventions.AllowAnonymousToAreaPage("Newsroom", "/Account/Login");
            options.Conventions.AllowAnonymousToAreaPage("Newsroom", "/Account/Setup");
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<IOptions<NewsroomOptions>>().Value.LoginAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }

    // A cookie stays valid only while its user exists, is enabled and keeps the role it was issued with.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.UserId();
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        var user = id is null ? null : await users.GetAsync(id.Value, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || user.Role != context.Principal!.Role())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    // JSON callers under /newsroom/api get a status code, people get the login page.
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(PathPrefix + "/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
