namespace Mirsad.Core.Keywords;

/// <summary>Everything the extractor learned about one candidate keyword in one text.</summary>
internal sealed class KeywordCandidate(string key, string name, KeywordKind kind, bool known, bool topic)
{
    public string Key { get; } = key;

    public string Name { get; set; } = name;

    public KeywordKind Kind { get; set; } = kind;

    public bool Known { get; } = known;

    public bool Topic { get; } = topic;

    public string? Slug { get; init; }

    /// <summary>Mentions, weak ones (demonyms) counting half.</summary>
    public double Mentions { get; set; }

    public int StrongMentions { get; set; }

    public int FirstSentence { get; set; } = int.MaxValue;

    public bool InTitle { get; set; }

    public IReadOnlyList<string> Words { get; init; } = [];

    public double Score { get; set; }

    public void Mention(int sentence, bool weak, bool inTitle)
    {
        Mentions += weak ? 0.5 : 1.0;
        if (!weak)
        {
            StrongMentions++;
        }

        FirstSentence = Math.Min(FirstSentence, sentence);
        InTitle |= inTitle;
    }

    public void Absorb(KeywordCandidate other)
    {
        Mentions += other.Mentions;
        StrongMentions += other.StrongMentions;
        FirstSentence = Math.Min(FirstSentence, other.FirstSentence);
        InTitle |= other.InTitle;
    }
}
