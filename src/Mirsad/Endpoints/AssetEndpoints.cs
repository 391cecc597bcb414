using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Mirsad.Endpoints;

/// <summary>
/// Serves the site's stylesheet and script from resources inside the program, so the site looks the
/// same however it is started (dotnet run, published, tests), with ETags and long caching.
/// </summary>
internal static class AssetEndpoints
{
    private static readonly (string Route, string Resource, string ContentType)[] Assets =
    [
        ("/assets/site.css", "Mirsad.Assets.site.css", "text/css; charset=utf-8"),
        ("/assets/site.js", "Mirsad.Assets.site.js", "text/javascript; charset=utf-8"),
        ("/favicon.svg", "Mirsad.Assets.favicon.svg", "image/svg+xml"),
    ];

    public static IEndpointRouteBuilder MapAssetEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Assets)
        {
            var bytes = Load(resource);
            var etag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8) + "\"");
            app.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return TypedResults.Bytes(bytes, contentType, entityTag: etag);
            }).ExcludeFromDescription();
        }

        return app;
    }

    private static byte[] Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Asset {resource} is missing from the program.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
