namespace Mirsad.Core.Keywords;

/// <summary>A word of a text as the keyword extractor sees it.</summary>
/// <param name="Text">The word as written (possessive kept).</param>
/// <param name="Key">Matching key: lower case, folded, possessive dropped; empty for articles such as "al".</param>
/// <param name="Sentence">Index of the sentence the word is in.</param>
/// <param name="SentenceStart">First word of its sentence.</param>
/// <param name="BreakBefore">Punctuation (other than hyphen or apostrophe) separates it from the word before.</param>
/// <param name="Capitalized">Starts with an upper-case letter.</param>
/// <param name="AllCaps">Two or more letters, all upper case.</param>
/// <param name="Arabic">Written in Arabic script.</param>
/// <param name="Start">Offset of the word in the text.</param>
internal readonly record struct KeywordToken(
    string Text,
    string Key,
    int Sentence,
    bool SentenceStart,
    bool BreakBefore,
    bool Capitalized,
    bool AllCaps,
    bool Arabic,
    int Start)
{
    public bool IsArticle => Key.Length == 0;

    public int End => Start + Text.Length;

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
}
