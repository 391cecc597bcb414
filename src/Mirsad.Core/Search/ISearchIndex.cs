using Mirsad.Core.Articles;

namespace Mirsad.Core.Search;

/// <summary>
/// The full-text index over published articles. The store is the source of truth: the index remembers
/// the store's change sequence it last committed, so after a crash it is brought back in step by
/// replaying the store's changes since then.
/// </summary>
public interface ISearchIndex
{
    /// <summary>The store change sequence included in the last commit.</summary>
    long CommittedSequence { get; }

    /// <summary>Whether this process may write to the index (another process may hold it).</summary>
    bool IsWritable { get; }

    /// <summary>Number of articles in the index (as of the last refresh).</summary>
    int Count { get; }

    /// <summary>Adds or replaces articles; unpublished ones are removed instead.</summary>
    void Upsert(IEnumerable<Article> articles);

    /// <summary>Removes articles by id.</summary>
    void Delete(IEnumerable<string> ids);

    /// <summary>Removes everything (before a rebuild).</summary>
    void Clear();

    /// <summary>Makes changes durable, recording the store sequence they reflect, and visible to searches.</summary>
    void Commit(long sequence);

    /// <summary>Runs a search. Never throws for anything a reader can type.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>Articles most like the given one by content, best first.</summary>
    IReadOnlyList<SearchHit> Related(string articleId, int count);

    /// <summary>Keywords and headlines for what a reader has typed so far (the last word may be partial).</summary>
    Completions Complete(string text, int count);
}
