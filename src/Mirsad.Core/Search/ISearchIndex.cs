using Mirsad.Core.Articles;

namespace Mirsad.Core.Search;

/// <summary>
/// The full-text index over published articles. The store is the source of truth: the index remembers
/// the store's change sequence it last committed, so after a crash it is brought back in step by
/// replaying the store's changes since then. One process at a time writes an index (an exclusive lock
/// held for the writer's life); every other process reads it and follows the writer's commits.
/// </summary>
public interface ISearchIndex
{
    /// <summary>The store change sequence included in the last commit (as of the last refresh, for a reader).</summary>
    long CommittedSequence { get; }

    /// <summary>Whether this process is the index's writer.</summary>
    bool IsWritable { get; }

    /// <summary>Why this process is not the writer (another process holds it, or the disk refuses); null when it is, or has not asked.</summary>
    string? WriterUnavailableReason { get; }

    /// <summary>Number of articles in the index (as of the last refresh).</summary>
    int Count { get; }

    /// <summary>
    /// Becomes the index's one writer unless another process is; never waits. True when this process
    /// writes the index (now or already); false with <see cref="WriterUnavailableReason"/> otherwise.
    /// </summary>
    bool TryTakeWriter();

    /// <summary>Makes the latest changes visible: a reader follows the writer's last commit; the writer shows its own changes.</summary>
    void Refresh();

    /// <summary>The ids of every article in the index (as of the last refresh).</summary>
    IReadOnlySet<string> Ids();

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
