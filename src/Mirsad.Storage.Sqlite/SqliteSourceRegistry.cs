using Dapper;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Sqlite;

/// <summary>The monitored side of the sources table, its feeds and its health, in SQLite.</summary>
public sealed class SqliteSourceRegistry(SqliteDatabase database, TimeProvider time) : ISourceRegistry
{
    private const string SourceQuery =
        """
        SELECT s.slug AS Slug, s.name AS Name, s.homepage AS Homepage, s.language AS Language, s.country AS Country, s.leaning AS Leaning,
               s.poll_minutes AS PollMinutes, s.active AS Active, s.notes AS Notes, s.last_polled_at AS LastPolledAt,
               s.last_success_at AS LastSuccessAt, s.last_error AS LastError, s.last_error_at AS LastErrorAt,
               (SELECT COUNT(*) FROM monitored_items i WHERE i.source_slug = s.slug AND i.sort_at >= @day) AS ItemsLastDay,
               (SELECT COUNT(*) FROM monitored_items i WHERE i.source_slug = s.slug AND i.sort_at >= @window AND i.sort_at < @day) AS ItemsBefore,
               (SELECT MIN(i.sort_at) FROM monitored_items i WHERE i.source_slug = s.slug) AS FirstItemAt
        FROM sources s
        """;

    /// <inheritdoc />
    public Task<IReadOnlyList<MonitoredSource>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MonitoredSource>>(Query(now, null));

    /// <inheritdoc />
    public Task<MonitoredSource?> GetAsync(string slug, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query(now, slug).FirstOrDefault());

    /// <inheritdoc />
    public Task RegisterAsync(SourceOutlet outlet, SourceRegistration registration, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = ArticleMapping.FormatDate(time.GetUtcNow());
        var values = new
        {
            outlet.Slug, outlet.Name, outlet.Homepage, outlet.Language, outlet.Country, outlet.Leaning,
            Poll = registration.PollMinutes, Active = registration.Active ? 1 : 0, registration.Notes, now,
        };
        var onConflict = registration.KeepExisting
            ? "DO NOTHING"
            : """
              DO UPDATE SET name = excluded.name, homepage = COALESCE(excluded.homepage, homepage), language = COALESCE(excluded.language, language),
                  country = COALESCE(excluded.country, country), leaning = COALESCE(excluded.leaning, leaning),
                  poll_minutes = COALESCE(@Poll, poll_minutes), active = excluded.active, notes = COALESCE(excluded.notes, notes), updated_at = excluded.updated_at
              """;
        connection.Execute(
            $"""
            INSERT INTO sources (slug, name, homepage, language, country, leaning, poll_minutes, active, notes, created_at, updated_at)
            VALUES (@Slug, @Name, @Homepage, @Language, @Country, @Leaning, COALESCE(@Poll, 30), @Active, @Notes, @now, @now)
            ON CONFLICT (slug) {onConflict}
            """,
            values,
            transaction);
        foreach (var feed in registration.Feeds)
        {
            connection.Execute(
                $"""
                INSERT INTO source_feeds (source_slug, url, active, created_at) VALUES (@Slug, @feed, @Active, @now)
                ON CONFLICT (source_slug, url) {(registration.KeepExisting ? "DO NOTHING" : "DO UPDATE SET active = excluded.active")}
                """,
                new { outlet.Slug, feed, values.Active, now },
                transaction);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> SetActiveAsync(string slug, bool active, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var changed = connection.Execute("UPDATE sources SET active = @active, updated_at = @now WHERE slug = @slug", new { slug, active = active ? 1 : 0, now = ArticleMapping.FormatDate(time.GetUtcNow()) }, transaction);
        connection.Execute("UPDATE source_feeds SET active = @active WHERE source_slug = @slug", new { slug, active = active ? 1 : 0 }, transaction);
        transaction.Commit();
        return Task.FromResult(changed > 0);
    }

    /// <inheritdoc />
    public Task RecordFeedPollAsync(long feedId, FeedPollRecord record, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var at = ArticleMapping.FormatDate(record.At);
        connection.Execute(
            record.Error is null
                ? "UPDATE source_feeds SET etag = @ETag, last_modified = @LastModified, last_polled_at = @at, last_success_at = @at, last_error = NULL WHERE id = @feedId"
                : "UPDATE source_feeds SET last_polled_at = @at, last_error = @Error WHERE id = @feedId",
            new { feedId, at, record.ETag, record.LastModified, record.Error });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RecordSourcePollAsync(string slug, DateTimeOffset at, string? error, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        connection.Execute(
            error is null
                ? "UPDATE sources SET last_polled_at = @at, last_success_at = @at WHERE slug = @slug"
                : "UPDATE sources SET last_polled_at = @at, last_error = @error, last_error_at = @at WHERE slug = @slug",
            new { slug, at = ArticleMapping.FormatDate(at), error });
        return Task.CompletedTask;
    }

    private List<MonitoredSource> Query(DateTimeOffset now, string? slug)
    {
        using var connection = database.Open();
        var args = new { slug, day = ArticleMapping.FormatDate(SourceHealth.LastDayStart(now)), window = ArticleMapping.FormatDate(SourceHealth.UsualWindowStart(now)) };
        var rows = connection.Query<MonitoredRow>(SourceQuery + (slug is null ? " ORDER BY s.name COLLATE NOCASE" : " WHERE s.slug = @slug"), args).ToList();
        var feeds = connection.Query<FeedRow>(
            """
            SELECT id AS Id, source_slug AS SourceSlug, url AS Url, kind AS Kind, active AS Active, etag AS ETag, last_modified AS LastModified,
                   last_polled_at AS LastPolledAt, last_success_at AS LastSuccessAt, last_error AS LastError
            FROM source_feeds
            """ + (slug is null ? string.Empty : " WHERE source_slug = @slug") + " ORDER BY id",
            args).ToLookup(f => f.SourceSlug, StringComparer.Ordinal);
        return rows.Select(r => r.ToSource(feeds[r.Slug].Select(f => f.ToFeed()).ToList(), now)).ToList();
    }

    private sealed class MonitoredRow : SourceRow
    {
        public long PollMinutes { get; set; }
        public long Active { get; set; }
        public string? Notes { get; set; }
        public string? LastPolledAt { get; set; }
        public string? LastSuccessAt { get; set; }
        public string? LastError { get; set; }
        public string? LastErrorAt { get; set; }
        public long ItemsLastDay { get; set; }
        public long ItemsBefore { get; set; }
        public string? FirstItemAt { get; set; }

        public MonitoredSource ToSource(IReadOnlyList<SourceFeed> feeds, DateTimeOffset now)
        {
            var usual = SourceHealth.UsualPerDay((int)ItemsBefore, ArticleMapping.ParseDate(FirstItemAt), now);
            var health = new SourceHealth(
                ArticleMapping.ParseDate(LastPolledAt), ArticleMapping.ParseDate(LastSuccessAt), LastError, ArticleMapping.ParseDate(LastErrorAt), (int)ItemsLastDay, usual);
            return new MonitoredSource(ToSource(), feeds, TimeSpan.FromMinutes(PollMinutes), Active != 0, Notes, health);
        }
    }

    private sealed class FeedRow
    {
        public long Id { get; set; }
        public string SourceSlug { get; set; } = "";
        public string Url { get; set; } = "";
        public string Kind { get; set; } = "auto";
        public long Active { get; set; }
        public string? ETag { get; set; }
        public string? LastModified { get; set; }
        public string? LastPolledAt { get; set; }
        public string? LastSuccessAt { get; set; }
        public string? LastError { get; set; }

        public SourceFeed ToFeed() => new(Id, SourceSlug, Url, Enum.TryParse<FeedKind>(Kind, ignoreCase: true, out var kind) ? kind : FeedKind.Auto, Active != 0)
        {
            ETag = ETag,
            LastModified = LastModified,
            LastPolledAt = ArticleMapping.ParseDate(LastPolledAt),
            LastSuccessAt = ArticleMapping.ParseDate(LastSuccessAt),
            LastError = LastError,
        };
    }
}
