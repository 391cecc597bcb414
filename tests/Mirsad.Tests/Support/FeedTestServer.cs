using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mirsad.Tests.Support;

/// <summary>
/// A real HTTP server on loopback that plays the outlets: recorded feeds and pages from
/// TestData/Intake (links written as https://example.test are rewritten to this server), conditional
/// GETs, gzip and brotli, and every broken kind a source can be: 404, 500, a hang, endless redirects,
/// an oversized body, a compressed bomb. It counts the requests it gets.
/// </summary>
internal sealed class FeedTestServer : IAsyncDisposable
{
    public const string Placeholder = "https://example.test";
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "Intake");
    private readonly WebApplication _app;

    private FeedTestServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Requests per path (with query).</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request as (path with query, User-Agent), in the order they came.</summary>
    public ConcurrentQueue<(string Path, string Agent)> Requests { get; } = new();

    /// <summary>Requests answered 304 Not Modified.</summary>
    public int NotModified => _notModified;

    /// <summary>How long /slow/ pages take.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    private int _notModified;

    /// <summary>Starts the server on a free port of <paramref name="address"/> (any of 127.0.0.0/8 is this machine).</summary>
    public static async Task<FeedTestServer> StartAsync(string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var server = new FeedTestServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public string Url(string path) => BaseUrl + path;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            Hits.AddOrUpdate(context.Request.Path + context.Request.QueryString, 1, (_, n) => n + 1);
            Requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString()));
            await next();
        });
        _app.MapGet("/robots.txt", (HttpContext c) => File(c, "robots.txt", "text/plain"));
        _app.MapGet("/feeds/{name}", (string name, HttpContext c) => File(c, "feeds/" + name, FeedType(name)));
        _app.MapGet("/pages/{name}", (string name, HttpContext c) => File(c, "pages/" + name, "text/html"));
        _app.MapGet("/private/{name}", (HttpContext c) => File(c, "pages/private.html", "text/html"));
        _app.MapGet("/gz/{name}", (string name, HttpContext c) => Compressed(c, "feeds/" + name, "gzip"));
        _app.MapGet("/br/{name}", (string name, HttpContext c) => Compressed(c, "feeds/" + name, "br"));
        _app.MapGet("/broken/404.xml", () => Results.NotFound());
        _app.MapGet("/broken/500.xml", () => Results.StatusCode(500));
        _app.MapGet("/broken/timeout.xml", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            return Results.Ok();
        });
        _app.MapGet("/broken/loop.xml", (int? n) => Results.Redirect("/broken/loop.xml?n=" + ((n ?? 0) + 1).ToString(CultureInfo.InvariantCulture)));
        _app.MapGet("/broken/huge.xml", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            for (var i = 0; i < 48 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
        _app.MapGet("/broken/bomb.xml", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            c.Response.Headers.ContentEncoding = "gzip";
            await c.Response.Body.WriteAsync(Bomb.Value, c.RequestAborted);
        });
        _app.MapGet("/internal/secret", () => Results.Text("<html><body><p>The internal secret is 7f3a-cafe.</p></body></html>", "text/html"));
        _app.MapGet("/redirect", (string to) => Results.Redirect(to));
        _app.MapGet("/linking/feed.xml", (string to) => Results.Text(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Linking outlet</title><link>{BaseUrl}/</link><item><title>A story whose link leads elsewhere</title><link>{System.Security.SecurityElement.Escape(to)}</link></item></channel></rss>\n",
            "application/rss+xml; charset=utf-8"));
        _app.MapGet("/slow/feed.xml", (int? count, HttpContext c) => Results.Text(SlowFeed(count ?? 12), "application/rss+xml; charset=utf-8"));
        _app.MapGet("/slow/page-{n:int}.html", async (int n, HttpContext c) =>
        {
            await Task.Delay(SlowDelay, c.RequestAborted);
            return Results.Content(SlowPage(n), "text/html; charset=utf-8");
        });
    }

    private IResult File(HttpContext context, string relative, string contentType)
    {
        var path = Path.Combine(Root, relative);
        if (!System.IO.File.Exists(path))
        {
            return Results.NotFound();
        }

        var bytes = Rewrite(System.IO.File.ReadAllBytes(path));
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            Interlocked.Increment(ref _notModified);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers.ETag = etag;
        return Results.Bytes(bytes, contentType);
    }

    private IResult Compressed(HttpContext context, string relative, string encoding)
    {
        var bytes = Rewrite(System.IO.File.ReadAllBytes(Path.Combine(Root, relative)));
        using var output = new MemoryStream();
        using (Stream zip = encoding == "gzip" ? new GZipStream(output, CompressionLevel.Fastest) : new BrotliStream(output, CompressionLevel.Fastest))
        {
            zip.Write(bytes);
        }

        context.Response.Headers.ContentEncoding = encoding;
        return Results.Bytes(output.ToArray(), FeedType(relative));
    }

    private byte[] Rewrite(byte[] bytes) =>
        Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace(Placeholder, BaseUrl, StringComparison.Ordinal));

    // The wrong-encoding feed claims UTF-8 in its header too; the others leave the charset to the document.
    private static string FeedType(string name) => name switch
    {
        _ when name.StartsWith("wrong-encoding", StringComparison.Ordinal) => "application/rss+xml; charset=utf-8",
        _ when name.EndsWith(".atom", StringComparison.Ordinal) => "application/atom+xml",
        _ when name.EndsWith(".json", StringComparison.Ordinal) => "application/feed+json",
        _ when name.EndsWith(".html", StringComparison.Ordinal) => "text/html",
        _ => "application/rss+xml",
    };

    private static readonly Lazy<byte[]> Bomb = new(() =>
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                zip.Write(zeros);
            }
        }

        return output.ToArray();
    });

    private string SlowFeed(int count)
    {
        var items = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            items.Append(CultureInfo.InvariantCulture, $"<item><title>Slow story number {i} about the reconstruction of Homs</title><link>{BaseUrl}/slow/page-{i}.html</link><pubDate>Mon, 02 Jun 2025 {i % 24:D2}:00:00 +0000</pubDate></item>\n");
        }

        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Slow outlet</title><link>{BaseUrl}/</link>\n{items}</channel></rss>\n";
    }

    private static string SlowPage(int n)
    {
        var topics = new[] { "schools", "hospitals", "markets", "bakeries", "water stations", "power lines", "roads", "bridges", "mosques", "churches", "homes", "parks", "clinics", "factories", "stadiums" };
        var topic = topics[n % topics.Length];
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"<p>Report {n}, part {p}: engineers in Homs inspected {topic} in the district of Baba Amr number {n * 7 + p}, counting {n * 13 + p * 3} damaged buildings and estimating that work would take {p + n % 5} months, according to the local council.</p>")));
        return string.Create(CultureInfo.InvariantCulture,
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Slow story number {n}</title></head><body><header><a href=\"/\">Slow outlet</a></header><article><h1>Slow story number {n} about the reconstruction of Homs</h1>{paragraphs}</article><footer>Slow outlet</footer></body></html>");
    }
}
