using System.Numerics;
using System.Text.Json;
using Dapper;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Dedupe;

namespace Mirsad.Storage.Sqlite;

/// <summary>
/// Monitored items in SQLite: every write is one short transaction (a round that dies keeps what it
/// stored), the link key is unique per source (an entry is stored once however often it is polled).
/// Reads for the desk are in the other half of this class.
/// </summary>
public sealed partial class SqliteMonitoredItemStore(SqliteDatabase database) : IMonitoredItemStore
{
    private const string Pending = "pending";

    /// <inheritdoc />
    public Task<int> AddDiscoveredAsync(string sourceSlug, long feedId, IReadOnlyList<DiscoveredItem> items, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var added = 0;
        var at = ArticleMapping.FormatDate(now);
        foreach (var item in items)
        {
            added += connection.Execute(
                """
                INSERT INTO monitored_items (source_slug, feed_id, url, link_key, canonical_url, guid, title, title_key, summary, author, language,
                    published_at, discovered_at, sort_at, status, updated_at)
                VALUES (@sourceSlug, @feedId, @Url, @LinkKey, @LinkKey, @Guid, @Title, @titleKey, @Summary, @Author, @language,
                    @published, @at, @sortAt, 'pending', @at)
                ON CONFLICT (source_slug, link_key) DO NOTHING
                """,
                new
                {
                    sourceSlug, feedId, item.Url, item.LinkKey, item.Guid, item.Title, titleKey = Mirsad.Core.Ingest.Dedupe.TitleKey.From(item.Title),
                    item.Summary, item.Author, language = ItemFields.Language(item.Language), published = ArticleMapping.FormatDate(item.PublishedAt), at,
                    sortAt = ArticleMapping.FormatDate(ItemFields.SortTime(item.PublishedAt, now)),
                },
                transaction);
        }

        transaction.Commit();
        return Task.FromResult(added);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingItem>> PendingAsync(string sourceSlug, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<PendingItem> items = connection.Query<PendingRow>(
            """
            SELECT id AS Id, url AS Url, link_key AS LinkKey, title AS Title, summary AS Summary, author AS Author, published_at AS PublishedAt,
                   language AS Language, attempts AS Attempts
            FROM monitored_items WHERE source_slug = @sourceSlug AND status = 'pending' AND attempts < @maxAttempts ORDER BY id LIMIT @limit
            """,
            new { sourceSlug, maxAttempts, limit }).Select(r => r.ToItem()).ToList();
        return Task.FromResult(items);
    }

    /// <inheritdoc />
    public Task<int> CountPendingAsync(string sourceSlug, int maxAttempts, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(connection.ExecuteScalar<int>(
            "SELECT COUNT(*) FROM monitored_items WHERE source_slug = @sourceSlug AND status = 'pending' AND attempts < @maxAttempts", new { sourceSlug, maxAttempts }));
    }

    /// <inheritdoc />
    public Task RecordAttemptAsync(long itemId, string error, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE monitored_items SET attempts = attempts + 1, error = @error, updated_at = @now WHERE id = @itemId", new { itemId, error, now = ArticleMapping.FormatDate(now) });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DuplicateCandidate?> FirstWithUrlAsync(long itemId, IReadOnlyList<string> urls, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(Candidate(
            connection,
            "SELECT id, duplicate_of, 0 FROM monitored_items WHERE id <> @itemId AND status <> 'pending' AND (canonical_url IN @urls OR link_key IN @urls) ORDER BY id LIMIT 1",
            new { itemId, urls }));
    }

    /// <inheritdoc />
    public Task<DuplicateCandidate?> FirstWithTitleAsync(long itemId, string titleKey, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(Candidate(
            connection,
            """
            SELECT id, duplicate_of, 0 FROM monitored_items
            WHERE id <> @itemId AND status <> 'pending' AND title_key = @titleKey AND discovered_at >= @since
              AND source_slug = (SELECT source_slug FROM monitored_items WHERE id = @itemId)
            ORDER BY id LIMIT 1
            """,
            new { itemId, titleKey, since = ArticleMapping.FormatDate(since) }));
    }

    /// <inheritdoc />
    public Task<DuplicateCandidate?> NearestTextAsync(long itemId, long simHash, int maxDistance, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.CreateFunction("hamming", (long a, long b) => (long)BitOperations.PopCount(unchecked((ulong)(a ^ b))), isDeterministic: true);
        return Task.FromResult(Candidate(
            connection,
            """
            SELECT id, duplicate_of, hamming(simhash, @simHash) AS distance FROM monitored_items
            WHERE id <> @itemId AND simhash IS NOT NULL AND discovered_at >= @since AND hamming(simhash, @simHash) <= @maxDistance
            ORDER BY distance, id LIMIT 1
            """,
            new { itemId, simHash, maxDistance, since = ArticleMapping.FormatDate(since) }));
    }

    /// <inheritdoc />
    public Task CompleteAsync(ItemCompletion completion, CancellationToken cancellationToken = default)
    {
        var c = completion;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var at = ArticleMapping.FormatDate(c.At);
        connection.Execute(
            """
            UPDATE monitored_items SET status = @status, attempts = attempts + 1, error = @Error, title = COALESCE(@Title, title), title_key = @TitleKey,
                canonical_url = COALESCE(@CanonicalUrl, canonical_url), text = @Text, content_html = @ContentHtml, author = COALESCE(@Author, author),
                language = COALESCE(@language, language), published_at = COALESCE(@published, published_at),
                sort_at = COALESCE(@plausible, sort_at),
                simhash = @SimHash, duplicate_of = @DuplicateOf, duplicate_reason = @DuplicateReason, story_id = COALESCE(@StoryId, id),
                keywords = @keywords, updated_at = @at
            WHERE id = @ItemId
            """,
            new
            {
                c.ItemId, status = c.Status.ToString().ToLowerInvariant(), c.Error, c.Title, c.TitleKey, c.CanonicalUrl, c.Text, c.ContentHtml, c.Author,
                language = ItemFields.Language(c.Language), published = ArticleMapping.FormatDate(c.PublishedAt), plausible = ArticleMapping.FormatDate(ItemFields.Plausible(c.PublishedAt, c.At)),
                c.SimHash, c.DuplicateOf, c.DuplicateReason, c.StoryId, keywords = JsonSerializer.Serialize(c.Keywords, JsonSerializerOptions.Web), at,
            },
            transaction);
        if (c.Adopts is { } adopted)
        {
            // The adopted original's duplicates point here first, then the original itself becomes one.
            connection.Execute("UPDATE monitored_items SET duplicate_of = @ItemId WHERE duplicate_of = @adopted", new { c.ItemId, adopted }, transaction);
            connection.Execute("UPDATE monitored_items SET duplicate_of = @ItemId, duplicate_reason = @AdoptReason WHERE id = @adopted", new { c.ItemId, adopted, c.AdoptReason }, transaction);
        }

        connection.Execute("DELETE FROM monitored_item_keywords WHERE item_id = @ItemId", new { c.ItemId }, transaction);
        foreach (var keyword in c.Keywords.DistinctBy(k => k.Slug))
        {
            connection.Execute("INSERT INTO monitored_item_keywords (item_id, keyword_slug, name) VALUES (@ItemId, @Slug, @Name)", new { c.ItemId, keyword.Slug, keyword.Name }, transaction);
        }

        if (c.Page is { } page)
        {
            connection.Execute(
                "INSERT OR REPLACE INTO monitored_pages (item_id, final_url, charset, raw_html, fetched_at) VALUES (@ItemId, @FinalUrl, @Charset, @RawHtml, @at)",
                new { c.ItemId, page.FinalUrl, page.Charset, page.RawHtml, at },
                transaction);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task LinkArticleAsync(long itemId, string articleId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE monitored_items SET article_id = @articleId WHERE id = @itemId", new { itemId, articleId });
        return Task.CompletedTask;
    }

    private static DuplicateCandidate? Candidate(System.Data.IDbConnection connection, string sql, object parameters) =>
        connection.QueryFirstOrDefault<(long Id, long? DuplicateOf, long Distance)?>(sql, parameters) is { } row ? new DuplicateCandidate(row.Id, row.DuplicateOf, (int)row.Distance) : null;

    private sealed class PendingRow
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string LinkKey { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Summary { get; set; }
        public string? Author { get; set; }
        public string? PublishedAt { get; set; }
        public string? Language { get; set; }
        public long Attempts { get; set; }

        public PendingItem ToItem() => new(Id, Url, LinkKey, Title, Summary, Author, ArticleMapping.ParseDate(PublishedAt), Language, (int)Attempts);
    }
}
