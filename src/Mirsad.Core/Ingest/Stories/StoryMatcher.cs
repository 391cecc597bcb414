namespace Mirsad.Core.Ingest.Stories;

/// <summary>Decides whether two items report the same story.</summary>
/// <param name="window">How far apart in time two reports of one story may be.</param>
/// <param name="minSharedKeywords">Keywords two reports of one story share at least.</param>
public sealed class StoryMatcher(TimeSpan window, int minSharedKeywords)
{
    /// <summary>How strongly <paramref name="a"/> and <paramref name="b"/> look like one story; null when they are not.</summary>
    public double? Score(StoryFacts a, StoryFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if ((a.At - b.At).Duration() > window)
        {
            return null;
        }

        var shared = a.Keywords.Select(k => k.Slug).Intersect(b.Keywords.Select(k => k.Slug), StringComparer.Ordinal).Count();
        return shared >= minSharedKeywords ? shared : null;
    }

    /// <summary>Whether the two items are known to report different events.</summary>
    public bool Contradicts(StoryFacts a, StoryFacts b) => minSharedKeywords < 0 && a != b;
}
