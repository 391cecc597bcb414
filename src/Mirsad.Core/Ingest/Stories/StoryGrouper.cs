using Microsoft.Extensions.Options;

namespace Mirsad.Core.Ingest.Stories;

/// <summary>
/// Finds the story a new item belongs to: the store names the finished items published near it that
/// share a keyword, and <see cref="StoryMatcher"/> decides which of them report the same event. The
/// item joins the story of the best match that no item of that story contradicts, so that two
/// different events cannot be chained into one group through a third item.
/// </summary>
public sealed class StoryGrouper(IMonitoredItemStore items, IOptions<IntakeOptions> options)
{
    private const int Candidates = 200;

    /// <summary>The story of the item described by <paramref name="facts"/>; null when it starts its own.</summary>
    public async Task<long?> FindAsync(StoryFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Keywords.Count == 0)
        {
            return null;
        }

        var window = TimeSpan.FromHours(options.Value.StoryWindowHours);
        var near = await items.StoryCandidatesAsync(facts.ItemId, facts.Keywords.Select(k => k.Slug).ToList(), facts.At - window, facts.At + window, Candidates, cancellationToken);
        var matcher = new StoryMatcher(window, options.Value.StoryMinSharedKeywords);
        var scored = near.Select(i => (Item: i, Score: matcher.Score(facts, StoryFacts.Of(i)))).ToList();
        foreach (var (item, _) in scored.Where(s => s.Score is not null).OrderByDescending(s => s.Score))
        {
            var story = item.StoryId ?? item.Id;
            if (scored.Where(s => (s.Item.StoryId ?? s.Item.Id) == story).All(s => s.Score is not null || !matcher.Contradicts(facts, StoryFacts.Of(s.Item))))
            {
                return story;
            }
        }

        return null;
    }
}
