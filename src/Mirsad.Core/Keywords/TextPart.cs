using Mirsad.Core.Keywords.Grammar;

namespace Mirsad.Core.Keywords;

/// <summary>The headline or the body as the extractor reads it: words, their classes and where they start.</summary>
/// <param name="Tokens">The words.</param>
/// <param name="Text">The text the words were cut from (for surface forms).</param>
/// <param name="InTitle">True for the headline.</param>
/// <param name="Offset">Words before this part (0 for the headline), so positions count through the article.</param>
/// <param name="Tags">The word class of each word.</param>
internal sealed record TextPart(List<KeywordToken> Tokens, string Text, bool InTitle, int Offset, WordClass[] Tags)
{
    /// <summary>True when word <paramref name="i"/> is joined to the next by a hyphen ("hurricane-force", "eight-year").</summary>
    public bool JoinedToNext(int i) => IsJoined(Tokens, Text, i);

    public static bool IsJoined(IReadOnlyList<KeywordToken> tokens, string text, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End + 1 && text[tokens[i].End] is '-' or '‐';

    private readonly string?[] _stems = new string?[Tokens.Count];

    /// <summary>Words that belong to a name the vocabulary knows (topic runs stop at them).</summary>
    public bool[] Covered { get; } = new bool[Tokens.Count];

    /// <summary>The Porter stem of word <paramref name="i"/> (its key for Arabic), worked out once.</summary>
    public string Stem(int i) => _stems[i] ??= Tokens[i].Arabic ? Tokens[i].Key : PorterStemmer.Stem(Tokens[i].Key);

    public IEnumerable<string> StemsOf(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!Tokens[i].IsArticle)
            {
                yield return Stem(i);
            }
        }
    }
}
