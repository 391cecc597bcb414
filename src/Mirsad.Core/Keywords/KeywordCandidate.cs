namespace Mirsad.Core.Keywords;

/// <summary>Everything the extractor learned about one candidate keyword in one text.</summary>
internal sealed class KeywordCandidate(string key, string name, KeywordKind kind, bool known, bool topic)
{
    public string Key { get; } = key;

    public string Name { get; set; } = name;

    public KeywordKind Kind { get; set; } = kind;

    public bool Known { get; } = known;

    /// <summary>The vocabulary entry of a known keyword.</summary>
    public VocabularyEntry? Entry { get; init; }

    public bool Topic { get; } = topic;

    /// <summary>Written in Arabic script.</summary>
    public bool Arabic { get; init; }

    private string? _slug;

    /// <summary>The keyword's slug, made from its name when first asked for (most candidates are never chosen).</summary>
    public string Slug
    {
        get => _slug ??= Text.Slug.From(Name);
        init => _slug = value;
    }

    /// <summary>Mentions, weak ones (demonyms) counting half.</summary>
    public double Mentions { get; set; }

    public int StrongMentions { get; set; }

    public int FirstSentence { get; set; } = int.MaxValue;

    public bool InTitle { get; set; }

    /// <summary>Mentioned in the body, not only in the headline.</summary>
    public bool InBody { get; set; }

    public IReadOnlyList<string> Words { get; init; } = [];

    public double Score { get; set; }

    /// <summary>Index of the first word of the first mention, counting from the headline's first word.</summary>
    public int FirstToken { get; set; } = int.MaxValue;

    /// <summary>Porter stems of the words its mentions were written with (for word-graph scores).</summary>
    public StemSet Stems { get; } = new();

    public void Mention(int sentence, bool weak, bool inTitle, int token, IEnumerable<string> stems)
    {
        FirstToken = Math.Min(FirstToken, token);
        Stems.AddRange(stems);
        Mentions += weak ? 0.5 : 1.0;
        if (!weak)
        {
            StrongMentions++;
        }

        FirstSentence = Math.Min(FirstSentence, sentence);
        InTitle |= inTitle;
        InBody |= !inTitle;
    }

    public void Absorb(KeywordCandidate other)
    {
        Mentions += other.Mentions;
        StrongMentions += other.StrongMentions;
        FirstSentence = Math.Min(FirstSentence, other.FirstSentence);
        InTitle |= other.InTitle;
        InBody |= other.InBody;
        FirstToken = Math.Min(FirstToken, other.FirstToken);
        Stems.AddRange(other.Stems);
    }
}
