namespace Mirsad.Core.Keywords;

/// <summary>
/// The other texts of a batch that are about the same thing as a given one (a day's wire updates, a
/// cluster of stories): their words tell which of its words the story is really about (ExpandRank,
/// Wan and Xiao 2008).
/// </summary>
public interface IRelatedDocuments
{
    /// <summary>
    /// Words of the texts most like one with the given word counts, each weighed by how alike the
    /// texts are and how much the word marks them, scaled to at most 1; empty when none is alike.
    /// </summary>
    RelatedWords RelatedWords(IReadOnlyDictionary<string, int> wordCounts);
}
