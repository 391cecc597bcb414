namespace Mirsad.Core.Keywords.Grammar;

/// <summary>What the lexicon says of one word: every class it can take, and the likeliest out of context.</summary>
internal readonly record struct WordReading(WordClass Options, WordClass Likely)
{
    public bool Can(WordClass c) => (Options & c) != 0;

    public static WordReading Of(WordClass c) => new(c, c);
}
