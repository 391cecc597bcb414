using Microsoft.Extensions.Options;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Ingest.Stories;

/// <summary>
/// Finds the story a new item belongs to: the store names the finished items published near it that
/// share a keyword, and <see cref="StoryMatcher"/> decides which of them report the same event. The
/// item joins the story of the best match that no other item of that story contradicts, so that two
/// different events cannot be chained into one group through a third item.
/// </summary>
public sealed class StoryGrouper(IMonitoredItemStore items, KeywordExtractor extractor, IOptions<IntakeOptions> options)
{
    private const int Candidates = 200;

    /// <summary>The matcher the intake uses (its window from the options).</summary>
    public StoryMatcher Matcher { get; } = new(TimeSpan.FromHours(options.Value.StoryWindowHours), extractor.Vocabulary);

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
        var mine = Matcher.Sign(facts);
        var scored = near.Select(i =>
        {
            var theirs = StoryFacts.Of(i);
            var signature = Matcher.Sign(theirs);
            return (Story: i.StoryId ?? i.Id, Signature: signature, Score: Matcher.Score(facts, mine, theirs, signature));
        }).ToList();
        foreach (var (story, _, _) in scored.Where(s => s.Score is not null).OrderByDescending(s => s.Score))
        {
            if (!scored.Any(s => s.Story == story && s.Score is null && StoryMatcher.Contradicts(mine, s.Signature)))
            {
                return story;
            }
        }

        return null;
    }
}
