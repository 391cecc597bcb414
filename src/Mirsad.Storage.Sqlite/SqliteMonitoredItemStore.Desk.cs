using System.Text;
using System.Text.Json;
using Dapper;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Desk;
using Mirsad.Core.Ingest.Stories;

namespace Mirsad.Storage.Sqlite;

/// <summary>The desk's reads: items newest first with their source's name and leaning, filtered.</summary>
public sealed partial class SqliteMonitoredItemStore
{
    private const string ListColumns =
        """
        i.id AS Id, i.source_slug AS SourceSlug, s.name AS SourceName, s.leaning AS Leaning, i.url AS Url, i.canonical_url AS CanonicalUrl,
        i.title AS Title, i.summary AS Summary, i.author AS Author, i.language AS Language, i.published_at AS PublishedAt,
        i.discovered_at AS DiscoveredAt, i.status AS Status, i.error AS Error, i.duplicate_of AS DuplicateOf, i.duplicate_reason AS DuplicateReason,
        i.story_id AS StoryId, i.keywords AS Keywords, i.article_id AS ArticleId
        """;

    /// <inheritdoc />
    public Task<MonitoredItem?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<ItemRow>(
            $"SELECT {ListColumns}, i.text AS Text, i.content_html AS ContentHtml FROM monitored_items i JOIN sources s ON s.slug = i.source_slug WHERE i.id = @id", new { id });
        return Task.FromResult(row?.ToItem());
    }

    /// <inheritdoc />
    public Task<FetchedPage?> PageAsync(long id, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var page = connection.QueryFirstOrDefault<(string, string?, string)?>("SELECT final_url, charset, raw_html FROM monitored_pages WHERE item_id = @id", new { id });
        return Task.FromResult(page is { } p ? new FetchedPage(p.Item1, p.Item2, p.Item3) : null);
    }

    /// <inheritdoc />
    public Task<DeskPage> ListAsync(DeskQuery query, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            where.Append(" AND i.source_slug = @Source");
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            where.Append(" AND i.language = @Language");
        }

        if (!string.IsNullOrWhiteSpace(query.Leaning))
        {
            where.Append(" AND s.leaning LIKE '%' || @Leaning || '%'");
        }

        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM monitored_item_keywords k WHERE k.item_id = i.id AND k.keyword_slug = @Keyword)");
        }

        if (query.HideDuplicates)
        {
            where.Append(" AND i.duplicate_of IS NULL");
        }

        var size = Math.Clamp(query.PageSize, 1, DeskQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var args = new { query.Source, query.Language, query.Leaning, query.Keyword, size, offset = (long)(page - 1) * size };
        using var connection = database.Open();
        var from = $"FROM monitored_items i JOIN sources s ON s.slug = i.source_slug {where}";
        var total = connection.ExecuteScalar<int>($"SELECT COUNT(*) {from}", args);
        var items = connection.Query<ItemRow>($"SELECT {ListColumns} {from} ORDER BY i.sort_at DESC, i.id DESC LIMIT @size OFFSET @offset", args).Select(r => r.ToItem()).ToList();
        return Task.FromResult(new DeskPage(items, total, page, size));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonitoredItem>> StoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken = default)
    {
        if (storyIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<MonitoredItem>>([]);
        }

        using var connection = database.Open();
        IReadOnlyList<MonitoredItem> items = connection.Query<ItemRow>(
            $"SELECT {ListColumns} FROM monitored_items i JOIN sources s ON s.slug = i.source_slug WHERE i.story_id IN @storyIds ORDER BY i.sort_at DESC, i.id DESC LIMIT 2000",
            new { storyIds }).Select(r => r.ToItem()).ToList();
        return Task.FromResult(items);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonitoredItem>> StoryCandidatesAsync(long itemId, IReadOnlyList<string> keywordSlugs, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        if (keywordSlugs.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<MonitoredItem>>([]);
        }

        using var connection = database.Open();
        IReadOnlyList<MonitoredItem> items = connection.Query<ItemRow>(
            $"""
            SELECT {ListColumns}, substr(i.text, 1, @lead) AS Text FROM monitored_items i JOIN sources s ON s.slug = i.source_slug
            JOIN (SELECT k.item_id, COUNT(*) AS shared FROM monitored_item_keywords k WHERE k.keyword_slug IN @keywordSlugs GROUP BY k.item_id) m ON m.item_id = i.id
            WHERE i.id <> @itemId AND i.status <> 'pending' AND i.sort_at BETWEEN @from AND @to
            ORDER BY m.shared DESC, i.id LIMIT @limit
            """,
            new { keywordSlugs, itemId, from = ArticleMapping.FormatDate(from), to = ArticleMapping.FormatDate(to), limit, lead = StoryFacts.LeadLength }).Select(r => r.ToItem()).ToList();
        return Task.FromResult(items);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<(ItemKeyword Keyword, int Count)>> TopKeywordsAsync(int recentItems, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        IReadOnlyList<(ItemKeyword, int)> keywords = connection.Query<(string, string, int)>(
            """
            SELECT k.keyword_slug, MIN(k.name), COUNT(*) AS n FROM monitored_item_keywords k
            JOIN (SELECT id FROM monitored_items ORDER BY sort_at DESC, id DESC LIMIT @recentItems) i ON i.id = k.item_id
            GROUP BY k.keyword_slug ORDER BY n DESC, k.keyword_slug LIMIT @limit
            """,
            new { recentItems, limit }).Select(r => (new ItemKeyword(r.Item1, r.Item2), r.Item3)).ToList();
        return Task.FromResult(keywords);
    }

    private sealed class ItemRow
    {
        public long Id { get; set; }
        public string SourceSlug { get; set; } = "";
        public string? SourceName { get; set; }
        public string? Leaning { get; set; }
        public string Url { get; set; } = "";
        public string CanonicalUrl { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Summary { get; set; }
        public string? Author { get; set; }
        public string? Language { get; set; }
        public string? PublishedAt { get; set; }
        public string DiscoveredAt { get; set; } = "";
        public string Status { get; set; } = Pending;
        public string? Error { get; set; }
        public long? DuplicateOf { get; set; }
        public string? DuplicateReason { get; set; }
        public long? StoryId { get; set; }
        public string? Keywords { get; set; }
        public string? ArticleId { get; set; }
        public string? Text { get; set; }
        public string? ContentHtml { get; set; }

        public MonitoredItem ToItem() => new()
        {
            Id = Id,
            SourceSlug = SourceSlug,
            SourceName = SourceName ?? SourceSlug,
            Leaning = Leaning,
            Url = Url,
            CanonicalUrl = CanonicalUrl,
            Title = Title,
            Summary = Summary,
            Author = Author,
            Language = Language,
            PublishedAt = ArticleMapping.ParseDate(PublishedAt),
            DiscoveredAt = ArticleMapping.ParseDate(DiscoveredAt) ?? DateTimeOffset.MinValue,
            Status = Enum.TryParse<ItemStatus>(Status, ignoreCase: true, out var status) ? status : ItemStatus.Pending,
            Error = Error,
            DuplicateOf = DuplicateOf,
            DuplicateReason = DuplicateReason,
            StoryId = StoryId,
            Keywords = Keywords is null ? [] : JsonSerializer.Deserialize<List<ItemKeyword>>(Keywords, JsonSerializerOptions.Web) ?? [],
            ArticleId = ArticleId,
            Text = Text,
            ContentHtml = ContentHtml,
        };
    }
}
