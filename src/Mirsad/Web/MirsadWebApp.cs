using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using Mirsad.Endpoints;
using Mirsad.Hosting;
using Mirsad.Newsroom;

namespace Mirsad.Web;

/// <summary>The web host: the reader's site (Razor Pages), the JSON API, feeds and assets.</summary>
public static class MirsadWebApp
{
    /// <summary>
    /// Builds the web application over a data directory (from <paramref name="paths"/>, else the
    /// "Mirsad:Data" setting, else the default) listening on <paramref name="urls"/> when given.
    /// </summary>
    public static WebApplication Build(string[] args, MirsadPaths? paths = null, string? urls = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(MirsadWebApp).Assembly.GetName().Name,
            // The test host names its own content root; a plain start uses the program's folder.
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot=", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        paths ??= MirsadPaths.Resolve(builder.Configuration[MirsadPaths.ConfigurationKey]);
        ConfigureServices(builder, paths);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void ConfigureServices(WebApplicationBuilder builder, MirsadPaths paths)
    {
        var services = builder.Services;
        var mode = ServingMode.Probe(paths, builder.Configuration.GetValue<bool>(ServingMode.Setting));
        services.AddMirsad(paths, builder.Configuration, mode);
        var protection = services.AddDataProtection().SetApplicationName("Mirsad");
        if (mode.IsReadOnly)
        {
            protection.UseEphemeralDataProtectionProvider(); // no sign-in to keep: the newsroom is off
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")));
        }

        // Arabic and typographic punctuation are written as characters, not entities (Razor still encodes markup).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<StartupTasks>();
        services.AddHostedService<IndexFollower>();
        services.AddNewsroom(builder.Configuration, publishOnSchedule: !mode.IsReadOnly);
        services.AddOptions<KeywordRefinementOptions>().Bind(builder.Configuration.GetSection(KeywordRefinementOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (!mode.IsReadOnly)
        {
            services.AddHostedService<IntakePoller>();
            services.AddHostedService<KeywordRefinementService>();
        }

        services.AddSingleton<ForeignHtml>();
        PageCaching.AddTo(services, builder.Configuration);
        services.AddRazorPages();
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseReadOnlyGate();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache(); // after authentication: signed-in users are never served from it
        app.MapAssetEndpoints();
        app.MapRazorPages();
        app.MapSearchEndpoints();
        app.MapArticleEndpoints();
        app.MapFeedEndpoints();
        app.MapSitemapEndpoints();
        app.MapDemoFeedEndpoints();
        app.MapOpenApi();
    }
}
