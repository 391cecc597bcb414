using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Ingest;

/// <summary>
/// Runs an intake round: every polled source (or only those due) is polled, several at a time; each
/// host still sees one request at a time. One source's failure never stops another.
/// </summary>
public sealed class IntakeRunner(ISourceRegistry registry, SourcePoller poller, IOptions<IntakeOptions> options, TimeProvider time)
{
    /// <summary>Polls sources once; <paramref name="dueOnly"/> skips those polled within their interval.</summary>
    /// <param name="dueOnly">Poll only sources whose interval has passed.</param>
    /// <param name="onSource">Told about each source as it finishes.</param>
    /// <param name="cancellationToken">Stops the round; what was stored stays stored.</param>
    public async Task<IReadOnlyList<SourceRoundResult>> RunAsync(bool dueOnly, Action<SourceRoundResult>? onSource = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var sources = (await registry.ListAsync(now, cancellationToken))
            .Where(s => s.IsPolled && (!dueOnly || s.IsDue(now)))
            .ToList();
        var results = new ConcurrentBag<SourceRoundResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSources, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(sources, parallel, async (source, token) =>
        {
            var result = await poller.PollAsync(source, token);
            results.Add(result);
            onSource?.Invoke(result);
        });
        return results.OrderBy(r => r.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>True when some source is due (the background poller's question before a round).</summary>
    public async Task<bool> AnyDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return (await registry.ListAsync(now, cancellationToken)).Any(s => s.IsDue(now));
    }

}
