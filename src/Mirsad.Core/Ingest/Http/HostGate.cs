using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// One request at a time per host, with a pause between requests: however many sources poll at
/// once, an outlet sees a single, slow reader. A longer robots.txt Crawl-delay (up to a cap) wins.
/// </summary>
public sealed class HostGate(IOptions<IntakeOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the result when the request (body included) is done.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(url.Authority, _ => new HostSlot());
        await slot.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            slot.Lock.Release();
            throw;
        }

        return new Turn(this, slot, url.IsLoopback && !options.Value.DelayLoopback);
    }

    /// <summary>Sets a longer pause for a host (robots.txt Crawl-delay), capped by the options.</summary>
    public void SetCrawlDelay(Uri url, TimeSpan delay)
    {
        var capped = delay > options.Value.MaxCrawlDelay ? options.Value.MaxCrawlDelay : delay;
        _hosts.GetOrAdd(url.Authority, _ => new HostSlot()).CrawlDelay = capped;
    }

    private void Leave(HostSlot slot, bool noPause)
    {
        var pause = noPause ? TimeSpan.Zero : options.Value.PerHostDelay > slot.CrawlDelay ? options.Value.PerHostDelay : slot.CrawlDelay;
        slot.NextAllowed = time.GetUtcNow() + pause;
        slot.Lock.Release();
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan CrawlDelay { get; set; } = TimeSpan.Zero;
    }

    private sealed class Turn(HostGate gate, HostSlot slot, bool noPause) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Leave(slot, noPause);
            }
        }
    }
}
