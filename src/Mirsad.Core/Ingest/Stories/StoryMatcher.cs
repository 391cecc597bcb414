using Mirsad.Core.Keywords;

namespace Mirsad.Core.Ingest.Stories;

/// <summary>
/// Decides whether two reports are of the same story, that is the same event: published close in time,
/// not contradicting each other (a statement is not the event it reacts to; different kinds of event;
/// different places; tolls too far apart to be one count revised), and alike enough in what their
/// headlines and leads say. Measured on hand-labelled pairs of the demo corpus by <c>mirsad bench stories</c>.
/// </summary>
/// <param name="window">How far apart in time two reports of one story may be published.</param>
/// <param name="vocabulary">The keyword vocabulary, which knows which places are countries.</param>
public sealed class StoryMatcher(TimeSpan window, KeywordVocabulary vocabulary)
{
    /// <summary>The score two reports need to be one story.</summary>
    public const double MinScore = 0.2;

    // A toll revised upwards stays within this factor of the first count ("29 killed", then "61").
    private const double TollFactor = 4;

    // Reports of one event come out within a day or so; each further day apart asks for more likeness.
    private const double PerDayApart = 0.15;

    // Different counts in two headlines ask for more likeness (they may be one toll revised, or two events).
    private const double OtherToll = 0.1;

    // What the headlines share adds a little to what headline and lead share.
    private const double HeadlineWeight = 0.2;

    /// <summary>The signature this matcher compares (cache it when comparing one item with many).</summary>
    public StorySignature Sign(StoryFacts facts) => StorySignature.Of(facts, vocabulary);

    /// <summary>How strongly <paramref name="a"/> and <paramref name="b"/> look like one story (0..1); null when they are not one.</summary>
    public double? Score(StoryFacts a, StoryFacts b) => Score(a, Sign(a), b, Sign(b));

    /// <summary>As <see cref="Score(StoryFacts, StoryFacts)"/>, with the signatures already made.</summary>
    public double? Score(StoryFacts a, StorySignature sa, StoryFacts b, StorySignature sb)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(sa);
        ArgumentNullException.ThrowIfNull(sb);
        if ((a.At - b.At).Duration() > window || Contradicts(sa, sb))
        {
            return null;
        }

        var days = Math.Floor((a.At - b.At).Duration().TotalDays);
        var otherToll = sa.Tolls.Count > 0 && sb.Tolls.Count > 0 && !sa.Tolls.Any(sb.Tolls.Contains);
        var score = Likeness(sa, sb) - (PerDayApart * Math.Max(0, days - 1)) - (otherToll ? OtherToll : 0);
        return score >= MinScore ? score : null;
    }

    /// <summary>Whether the two reports are known to be of different events, however alike their words.</summary>
    public static bool Contradicts(StorySignature a, StorySignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.IsStatement != b.IsStatement
            || (a.Kinds != EventKind.None && b.Kinds != EventKind.None && (a.Kinds & b.Kinds) == EventKind.None)
            || (a.Places.Count > 0 && b.Places.Count > 0 && !a.Places.Overlaps(b.Places))
            || (a.Tolls.Count > 0 && b.Tolls.Count > 0 && !a.Tolls.Any(x => b.Tolls.Any(y => Math.Max(x, y) <= TollFactor * Math.Min(x, y))));
    }

    /// <summary>
    /// How alike two reports' words are: the share of the shorter one's neighbouring word pairs (headline and
    /// lead) the other has too, plus a fifth of the share of headline words they have in common.
    /// </summary>
    public static double Likeness(StorySignature a, StorySignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Overlap(a.Pairs, b.Pairs) + (HeadlineWeight * Overlap(a.TitleWords, b.TitleWords));
    }

    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : (double)a.Count(b.Contains) / smaller;
    }
}
