namespace Mirsad.Core.Keywords;

/// <summary>How much the related texts of a batch stress each word, from 0 (not at all) to 1 (most).</summary>
public sealed class RelatedWords
{
    private readonly Func<string, int> _idOf;
    private readonly Dictionary<int, double> _weights;
    private readonly double _max;

    internal RelatedWords(Func<string, int> idOf, Dictionary<int, double> weights, double max)
    {
        _idOf = idOf;
        _weights = weights;
        _max = max;
    }

    /// <summary>No related text was found.</summary>
    public static RelatedWords None { get; } = new(_ => -1, [], 1);

    /// <summary>Words with a weight.</summary>
    public int Count => _weights.Count;

    /// <summary>The weight of a word (its key, as the keyword tokenizer makes it).</summary>
    public double Weight(string word) => _weights.TryGetValue(_idOf(word), out var weight) ? weight / _max : 0;
}
