namespace Mirsad.Core.Articles;

/// <summary>
/// Where articles are kept: the source of truth. Every save is one transaction and advances a change
/// sequence that the search index follows.
/// </summary>
public interface IArticleStore
{
    /// <summary>An article by id, any status.</summary>
    Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>An article by slug, any status.</summary>
    Task<Article?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or replaces articles by id in one transaction. An existing article keeps its slug unless the
    /// article names a different one (made unique like a new one's); a new
    /// one whose slug is taken gets a unique variant. Sources and keywords named by the articles are
    /// created when missing. Articles already stored exactly as given are not written again.
    /// </summary>
    Task<SaveResult> SaveAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>Deletes an article; true when it existed.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A page of summaries, newest first.</summary>
    Task<ArticlePage> ListAsync(ArticleListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Published articles, oldest first (by publication time, then id, so a page of the list keeps its
    /// articles as newer ones arrive), published at or after <paramref name="since"/> when it is given;
    /// <paramref name="skip"/> and <paramref name="take"/> page the list. For sitemaps.
    /// </summary>
    Task<IReadOnlyList<ArticleAddress>> AddressesAsync(DateTimeOffset? since, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Changes after <paramref name="sequence"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ArticleChange>> ChangesSinceAsync(long sequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>The change sequence each of the given articles was last saved at; missing ids are left out.</summary>
    Task<IReadOnlyDictionary<string, long>> SequencesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The latest change sequence.</summary>
    Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default);

    /// <summary>How far a follower of the change log named <paramref name="follower"/> has come (0 before it starts).</summary>
    Task<long> FollowerPositionAsync(string follower, CancellationToken cancellationToken = default);

    /// <summary>Records how far the follower named <paramref name="follower"/> has come, so a restart goes on from there.</summary>
    Task SetFollowerPositionAsync(string follower, long sequence, CancellationToken cancellationToken = default);

    /// <summary>The ids of every published article (the ones the search index holds) and the change sequence they reflect, read together.</summary>
    Task<PublishedIds> PublishedIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of articles with the given status.</summary>
    Task<int> CountAsync(ArticleStatus status = ArticleStatus.Published, CancellationToken cancellationToken = default);

    /// <summary>Published articles per month, newest month first.</summary>
    Task<IReadOnlyList<MonthCount>> MonthsAsync(CancellationToken cancellationToken = default);

    /// <summary>Sections with published articles, largest first.</summary>
    Task<IReadOnlyList<SectionCount>> SectionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every article id, for rebuilds, in id order.</summary>
    IAsyncEnumerable<Article> AllAsync(CancellationToken cancellationToken = default);
}
