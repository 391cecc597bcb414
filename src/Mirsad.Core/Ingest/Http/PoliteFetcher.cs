using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// Fetches feeds and pages the way a polite, robust reader should: robots.txt obeyed, one request
/// at a time per host with a pause, conditional GETs, a timeout per attempt and retries with backoff
/// (Polly), a redirect limit, and a cap on the body counted after decompression (so a compressed bomb
/// stops at the cap). Only public addresses are reached (<see cref="PublicAddressGuard"/> is the
/// connect step, so every redirect and DNS answer is checked too). Never throws for what a server
/// does: every failure is a <see cref="FetchResult"/>.
/// </summary>
public sealed class PoliteFetcher
{
    /// <summary>The name of the HTTP client the intake uses.</summary>
    public const string ClientName = "mirsad-intake";

    private readonly IHttpClientFactory _clients;
    private readonly HostGate _gate;
    private readonly RobotsCache _robots;
    private readonly IntakeOptions _options;
    private readonly ILogger<PoliteFetcher> _logger;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates the fetcher.</summary>
    public PoliteFetcher(IHttpClientFactory clients, HostGate gate, RobotsCache robots, IOptions<IntakeOptions> options, TimeProvider time, ILogger<PoliteFetcher> logger)
    {
        _clients = clients;
        _gate = gate;
        _robots = robots;
        _options = options.Value;
        _logger = logger;
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time };
        if (_options.Retries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>(e => RefusedAddressException.Find(e) is null).Handle<TransientFetchException>().Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = _options.Retries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        _pipeline = pipeline.AddTimeout(_options.Timeout).Build();
    }

    /// <summary>GETs <paramref name="request"/>'s URL, following at most the configured number of redirects.</summary>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (url.Scheme is not ("http" or "https"))
            {
                return FetchResult.Fail(url, $"not an http(s) address: {url}", permanent: true);
            }

            if (PublicAddressGuard.RefuseUrl(url) is { } credentials)
            {
                return Refused(request.Url, url, credentials);
            }

            var (rules, refusal) = request.CheckRobots && _options.RespectRobots ? await RobotsFor(url, cancellationToken) : (null, null);
            if (refusal is not null)
            {
                return Refused(request.Url, url, refusal, logged: true); // robots.txt lives on the same host: its refusal (logged) is the page's
            }

            if (rules is not null && !rules.Allows(url))
            {
                return rules.Unreadable is { } reason
                    ? FetchResult.Fail(url, $"robots.txt of {url.Authority} could not be read ({reason}); nothing is fetched from the host until it can", permanent: false)
                    : FetchResult.Fail(url, $"robots.txt of {url.Authority} disallows {url.AbsolutePath}", permanent: true);
            }

            var result = await SendAsync(request, url, cancellationToken);
            if (result.Redirect is not { } next)
            {
                return result.Result!;
            }

            url = next;
        }

        return FetchResult.Fail(url, $"{request.Url}: more than {_options.MaxRedirects} redirects (last to {url})", permanent: true);
    }

    private async Task<(FetchResult? Result, Uri? Redirect)> SendAsync(FetchRequest request, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await SendOnceAsync(request, url, token), cancellationToken);
        }
        catch (HttpRequestException e) when (RefusedAddressException.Find(e) is { } refused)
        {
            return (Refused(request.Url, url, refused.Message), null);
        }
        catch (Exception e) when (e is HttpRequestException or TransientFetchException or TimeoutRejectedException or IOException && !cancellationToken.IsCancellationRequested)
        {
            var what = e switch
            {
                TimeoutRejectedException => $"timed out after {_options.Timeout.TotalSeconds:0.#} s",
                TransientFetchException t when t.StatusCode > 0 => $"HTTP {t.StatusCode}",
                _ => e.Message,
            };
            var attempts = _options.Retries + 1;
            return (FetchResult.Fail(url, $"{url}: {what} ({attempts} attempts)", permanent: false, (e as TransientFetchException)?.StatusCode ?? 0), null);
        }
    }

    private async Task<(FetchResult? Result, Uri? Redirect)> SendOnceAsync(FetchRequest request, Uri url, CancellationToken cancellationToken)
    {
        using var turn = await _gate.EnterAsync(url, cancellationToken);
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        message.Headers.TryAddWithoutValidation("Accept-Language", "ar, en;q=0.8, *;q=0.5");
        if (request.ETag is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.LastModified is { Length: > 0 } modified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        var client = _clients.CreateClient(ClientName);
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && status != 304)
        {
            var location = response.Headers.Location;
            if (location is null)
            {
                return (FetchResult.Fail(url, $"{url}: HTTP {status} without a Location", permanent: true, status), null);
            }

            return (null, location.IsAbsoluteUri ? location : new Uri(url, location));
        }

        if (status == 304)
        {
            return (new FetchResult { Status = FetchStatus.NotModified, Url = url, StatusCode = status, ETag = request.ETag, LastModified = request.LastModified }, null);
        }

        if (status is >= 500 or 429 or 408)
        {
            throw new TransientFetchException(status);
        }

        if (status >= 400)
        {
            return (FetchResult.Fail(url, $"{url}: HTTP {status} {response.ReasonPhrase}".TrimEnd(), permanent: true, status), null);
        }

        return (await ReadBodyAsync(request, url, response, cancellationToken), null);
    }

    private static async Task<FetchResult> ReadBodyAsync(FetchRequest request, Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentLength is { } length && length > request.MaxBytes)
        {
            return FetchResult.Fail(url, $"{url}: body of {length:N0} bytes is over the cap of {request.MaxBytes:N0}", permanent: true, status);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > request.MaxBytes)
            {
                return FetchResult.Fail(url, $"{url}: body is over the cap of {request.MaxBytes:N0} bytes (after decompression)", permanent: true, status);
            }

            buffer.Write(chunk, 0, read);
        }

        var contentType = response.Content.Headers.ContentType;
        return new FetchResult
        {
            Status = FetchStatus.Ok,
            Url = url,
            StatusCode = status,
            Body = buffer.ToArray(),
            MediaType = contentType?.MediaType,
            Charset = contentType?.CharSet?.Trim('"', '\''),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
        };
    }

    private FetchResult Refused(Uri asked, Uri url, string reason, bool logged = false)
    {
        var shown = asked == url ? Clean(url) : $"{Clean(asked)} (redirected to {Clean(url)})";
        if (!logged)
        {
            _logger.LogWarning("Intake refused {Url}: {Reason}", shown, reason);
        }

        return FetchResult.Fail(url, $"{shown}: {reason}", permanent: true) with { Refusal = reason };
    }

    // An address as shown in an error, without the credentials it may carry.
    private static string Clean(Uri url) => url.UserInfo.Length == 0 ? url.AbsoluteUri : new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri;

    private async Task<(RobotsRules? Rules, string? Refusal)> RobotsFor(Uri url, CancellationToken cancellationToken)
    {
        if (_robots.Get(url) is { } cached)
        {
            return (cached, null);
        }

        var robotsUrl = new Uri(url, "/robots.txt");
        var result = await FetchAsync(new FetchRequest(robotsUrl, 512_000, "text/plain, */*;q=0.5") { CheckRobots = false }, cancellationToken);
        if (result.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        RobotsRules rules;
        var failed = false;
        if (result.Status == FetchStatus.Ok)
        {
            rules = RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(result.Body), _options.RobotsToken);
        }
        else if (result.StatusCode is >= 400 and < 500)
        {
            rules = RobotsRules.AllowAll; // RFC 9309: an unavailable robots.txt allows everything
        }
        else
        {
            // RFC 9309: an unreachable robots.txt (5xx, network) means "assume complete disallow" for now.
            _logger.LogWarning("robots.txt of {Host} unreachable: {Error}", url.Authority, result.Error);
            rules = RobotsRules.Unreachable(result.Error ?? "no answer");
            failed = true;
        }

        if (rules.CrawlDelay is { } delay)
        {
            _gate.SetCrawlDelay(url, delay);
        }

        _robots.Set(url, rules, failed);
        return (rules, null);
    }
}
