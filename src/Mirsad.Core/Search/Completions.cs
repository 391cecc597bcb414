namespace Mirsad.Core.Search;

/// <summary>What a reader may be typing: keywords and headlines that start with it.</summary>
/// <param name="Keywords">Keywords whose name has a word starting with the text, most used first.</param>
/// <param name="Headlines">Headlines containing the words typed (the last one as a prefix), newest first.</param>
public sealed record Completions(IReadOnlyList<KeywordCompletion> Keywords, IReadOnlyList<HeadlineCompletion> Headlines)
{
    /// <summary>Nothing to suggest.</summary>
    public static Completions None { get; } = new([], []);
}
