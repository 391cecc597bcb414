using System.Text.Json;
using Dapper;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Dedupe;

namespace Mirsad.Storage.Postgres;

/// <summary>
/// Monitored items in PostgreSQL: every write one short transaction, the link key unique per source (an
/// entry is stored once however often, and by however many nodes, it is polled). Reads for the desk
/// are in the other half of this class.
/// </summary>
public sealed partial class PostgresMonitoredItemStore(PostgresDatabase database) : IMonitoredItemStore
{
    /// <inheritdoc />
    public async Task<int> AddDiscoveredAsync(string sourceSlug, long feedId, IReadOnlyList<DiscoveredItem> items, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        var at = PgTime.Write(now);
        foreach (var item in items)
        {
            added += await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO monitored_items (source_slug, feed_id, url, link_key, canonical_url, guid, title, title_key, summary, author, language,
                    published_at, discovered_at, sort_at, status, updated_at)
                VALUES (@sourceSlug, @feedId, @Url, @LinkKey, @LinkKey, @Guid, @Title, @titleKey, @Summary, @Author, @language,
                    @published, @at, @sortAt, 'pending', @at)
                ON CONFLICT (source_slug, link_key) DO NOTHING
                """,
                new
                {
                    sourceSlug, feedId, item.Url, item.LinkKey, item.Guid, item.Title, titleKey = TitleKey.From(item.Title),
                    item.Summary, item.Author, language = ItemFields.Language(item.Language), published = PgTime.Write(item.PublishedAt), at,
                    sortAt = PgTime.Write(ItemFields.SortTime(item.PublishedAt, now)),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingItem>> PendingAsync(string sourceSlug, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PendingRow>(new CommandDefinition(
            """
            SELECT id AS Id, url AS Url, link_key AS LinkKey, title AS Title, summary AS Summary, author AS Author, published_at AS PublishedAt,
                   language AS Language, attempts AS Attempts
            FROM monitored_items WHERE source_slug = @sourceSlug AND status = 'pending' AND attempts < @maxAttempts ORDER BY id LIMIT @limit
            """,
            new { sourceSlug, maxAttempts, limit },
            cancellationToken: cancellationToken))).Select(r => r.ToItem()).ToList();
    }

    /// <inheritdoc />
    public async Task<int> CountPendingAsync(string sourceSlug, int maxAttempts, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM monitored_items WHERE source_slug = @sourceSlug AND status = 'pending' AND attempts < @maxAttempts", new { sourceSlug, maxAttempts }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task RecordAttemptAsync(long itemId, string error, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE monitored_items SET attempts = attempts + 1, error = @error, updated_at = @now WHERE id = @itemId", new { itemId, error, now = PgTime.Write(now) }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public Task<DuplicateCandidate?> FirstWithUrlAsync(long itemId, IReadOnlyList<string> urls, CancellationToken cancellationToken = default) =>
        CandidateAsync(
            "SELECT id, duplicate_of, 0 FROM monitored_items WHERE id <> @itemId AND status <> 'pending' AND (canonical_url = ANY(@urls) OR link_key = ANY(@urls)) ORDER BY id LIMIT 1",
            new { itemId, urls = urls.ToArray() },
            cancellationToken);

    /// <inheritdoc />
    public Task<DuplicateCandidate?> FirstWithTitleAsync(long itemId, string titleKey, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        CandidateAsync(
            """
            SELECT id, duplicate_of, 0 FROM monitored_items
            WHERE id <> @itemId AND status <> 'pending' AND title_key = @titleKey AND discovered_at >= @since
              AND source_slug = (SELECT source_slug FROM monitored_items WHERE id = @itemId)
            ORDER BY id LIMIT 1
            """,
            new { itemId, titleKey, since = PgTime.Write(since) },
            cancellationToken);

    /// <inheritdoc />
    public Task<DuplicateCandidate?> NearestTextAsync(long itemId, long simHash, int maxDistance, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        CandidateAsync(
            """
            SELECT id, duplicate_of, distance FROM (
                SELECT id, duplicate_of, bit_count((simhash # @simHash)::bit(64))::integer AS distance FROM monitored_items
                WHERE id <> @itemId AND simhash IS NOT NULL AND discovered_at >= @since
            ) near
            WHERE distance <= @maxDistance
            ORDER BY distance, id LIMIT 1
            """,
            new { itemId, simHash, maxDistance, since = PgTime.Write(since) },
            cancellationToken);

    /// <inheritdoc />
    public async Task CompleteAsync(ItemCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var c = completion;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = PgTime.Write(c.At);
        await connection.ExecuteAsync(new CommandDefinition(
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
                language = ItemFields.Language(c.Language), published = PgTime.Write(c.PublishedAt), plausible = PgTime.Write(ItemFields.Plausible(c.PublishedAt, c.At)),
                c.SimHash, c.DuplicateOf, c.DuplicateReason, c.StoryId, keywords = JsonSerializer.Serialize(c.Keywords, JsonSerializerOptions.Web), at,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (c.Adopts is { } adopted)
        {
            // The adopted original's duplicates point here first, then the original itself becomes one.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE monitored_items SET duplicate_of = @ItemId WHERE duplicate_of = @adopted;
                UPDATE monitored_items SET duplicate_of = @ItemId, duplicate_reason = @AdoptReason WHERE id = @adopted;
                """,
                new { c.ItemId, adopted, c.AdoptReason },
                transaction,
                cancellationToken: cancellationToken));
        }

        var keywords = c.Keywords.DistinctBy(k => k.Slug).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM monitored_item_keywords WHERE item_id = @ItemId;
            INSERT INTO monitored_item_keywords (item_id, keyword_slug, name) SELECT @ItemId, t.* FROM unnest(@slugs::text[], @names::text[]) AS t;
            """,
            new { c.ItemId, slugs = keywords.Select(k => k.Slug).ToArray(), names = keywords.Select(k => k.Name).ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        if (c.Page is { } page)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO monitored_pages (item_id, final_url, charset, raw_html, fetched_at) VALUES (@ItemId, @FinalUrl, @Charset, @RawHtml, @at)
                ON CONFLICT (item_id) DO UPDATE SET final_url = excluded.final_url, charset = excluded.charset, raw_html = excluded.raw_html, fetched_at = excluded.fetched_at
                """,
                new { c.ItemId, page.FinalUrl, page.Charset, page.RawHtml, at },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task LinkArticleAsync(long itemId, string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE monitored_items SET article_id = @articleId WHERE id = @itemId", new { itemId, articleId }, cancellationToken: cancellationToken));
    }

    private async Task<DuplicateCandidate?> CandidateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<(long Id, long? DuplicateOf, int Distance)?>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) is { } row
            ? new DuplicateCandidate(row.Id, row.DuplicateOf, row.Distance)
            : null;
    }

    private sealed class PendingRow
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string LinkKey { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Summary { get; set; }
        public string? Author { get; set; }
        public DateTime? PublishedAt { get; set; }
        public string? Language { get; set; }
        public int Attempts { get; set; }

        public PendingItem ToItem() => new(Id, Url, LinkKey, Title, Summary, Author, PgTime.Read(PublishedAt), Language, Attempts);
    }
}
