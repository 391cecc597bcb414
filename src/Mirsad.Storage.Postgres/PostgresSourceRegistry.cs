using Dapper;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Postgres;

/// <summary>The monitored side of the sources table, its feeds and its health, in PostgreSQL.</summary>
public sealed class PostgresSourceRegistry(PostgresDatabase database, TimeProvider time) : ISourceRegistry
{
    private const string SourceQuery =
        $"""
        SELECT {PostgresSourceStore.Columns},
               s.poll_minutes AS PollMinutes, s.active AS Active, s.notes AS Notes, s.last_polled_at AS LastPolledAt,
               s.last_success_at AS LastSuccessAt, s.last_error AS LastError, s.last_error_at AS LastErrorAt,
               (SELECT COUNT(*) FROM monitored_items i WHERE i.source_slug = s.slug AND i.sort_at >= @day) AS ItemsLastDay,
               (SELECT COUNT(*) FROM monitored_items i WHERE i.source_slug = s.slug AND i.sort_at >= @window AND i.sort_at < @day) AS ItemsBefore,
               (SELECT MIN(i.sort_at) FROM monitored_items i WHERE i.source_slug = s.slug) AS FirstItemAt
        FROM sources s
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<MonitoredSource>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await QueryAsync(now, null, cancellationToken);

    /// <inheritdoc />
    public async Task<MonitoredSource?> GetAsync(string slug, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (await QueryAsync(now, slug, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task RegisterAsync(SourceOutlet outlet, SourceRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        ArgumentNullException.ThrowIfNull(registration);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = PgTime.Write(time.GetUtcNow());
        var values = new
        {
            outlet.Slug, outlet.Name, outlet.Homepage, outlet.Language, outlet.Country, outlet.Leaning,
            Poll = registration.PollMinutes, registration.Active, registration.Notes, now,
        };
        var onConflict = registration.KeepExisting
            ? "DO NOTHING"
            : """
              DO UPDATE SET name = excluded.name, homepage = COALESCE(excluded.homepage, sources.homepage), language = COALESCE(excluded.language, sources.language),
                  country = COALESCE(excluded.country, sources.country), leaning = COALESCE(excluded.leaning, sources.leaning),
                  poll_minutes = COALESCE(@Poll, sources.poll_minutes), active = excluded.active, notes = COALESCE(excluded.notes, sources.notes), updated_at = excluded.updated_at
              """;
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO sources (slug, name, homepage, language, country, leaning, poll_minutes, active, notes, created_at, updated_at)
            VALUES (@Slug, @Name, @Homepage, @Language, @Country, @Leaning, COALESCE(@Poll, 30), @Active, @Notes, @now, @now)
            ON CONFLICT (slug) {onConflict}
            """,
            values,
            transaction,
            cancellationToken: cancellationToken));
        foreach (var feed in registration.Feeds)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO source_feeds (source_slug, url, active, created_at) VALUES (@Slug, @feed, @Active, @now)
                ON CONFLICT (source_slug, url) {(registration.KeepExisting ? "DO NOTHING" : "DO UPDATE SET active = excluded.active")}
                """,
                new { outlet.Slug, feed, registration.Active, now },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> SetActiveAsync(string slug, bool active, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sources SET active = @active, updated_at = @now WHERE slug = @slug", new { slug, active, now = PgTime.Write(time.GetUtcNow()) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE source_feeds SET active = @active WHERE source_slug = @slug", new { slug, active }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task RecordFeedPollAsync(long feedId, FeedPollRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            record.Error is null
                ? "UPDATE source_feeds SET etag = @ETag, last_modified = @LastModified, last_polled_at = @at, last_success_at = @at, last_error = NULL WHERE id = @feedId"
                : "UPDATE source_feeds SET last_polled_at = @at, last_error = @Error WHERE id = @feedId",
            new { feedId, at = PgTime.Write(record.At), record.ETag, record.LastModified, record.Error },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task RecordSourcePollAsync(string slug, DateTimeOffset at, string? error, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            error is null
                ? "UPDATE sources SET last_polled_at = @at, last_success_at = @at WHERE slug = @slug"
                : "UPDATE sources SET last_polled_at = @at, last_error = @error, last_error_at = @at WHERE slug = @slug",
            new { slug, at = PgTime.Write(at), error },
            cancellationToken: cancellationToken));
    }

    private async Task<List<MonitoredSource>> QueryAsync(DateTimeOffset now, string? slug, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var args = new { slug, day = PgTime.Write(SourceHealth.LastDayStart(now)), window = PgTime.Write(SourceHealth.UsualWindowStart(now)) };
        var rows = (await connection.QueryAsync<MonitoredRow>(new CommandDefinition(
            SourceQuery + (slug is null ? " ORDER BY lower(s.name), s.name" : " WHERE s.slug = @slug"), args, cancellationToken: cancellationToken))).ToList();
        var feeds = (await connection.QueryAsync<FeedRow>(new CommandDefinition(
            """
            SELECT id AS Id, source_slug AS SourceSlug, url AS Url, kind AS Kind, active AS Active, etag AS ETag, last_modified AS LastModified,
                   last_polled_at AS LastPolledAt, last_success_at AS LastSuccessAt, last_error AS LastError
            FROM source_feeds
            """ + (slug is null ? string.Empty : " WHERE source_slug = @slug") + " ORDER BY id",
            args,
            cancellationToken: cancellationToken))).ToLookup(f => f.SourceSlug, StringComparer.Ordinal);
        return rows.Select(r => r.ToSource(feeds[r.Slug].Select(f => f.ToFeed()).ToList(), now)).ToList();
    }

    private sealed class MonitoredRow : PgSourceRow
    {
        public int PollMinutes { get; set; }
        public bool Active { get; set; }
        public string? Notes { get; set; }
        public DateTime? LastPolledAt { get; set; }
        public DateTime? LastSuccessAt { get; set; }
        public string? LastError { get; set; }
        public DateTime? LastErrorAt { get; set; }
        public long ItemsLastDay { get; set; }
        public long ItemsBefore { get; set; }
        public DateTime? FirstItemAt { get; set; }

        public MonitoredSource ToSource(IReadOnlyList<SourceFeed> feeds, DateTimeOffset now)
        {
            var usual = SourceHealth.UsualPerDay((int)ItemsBefore, PgTime.Read(FirstItemAt), now);
            var health = new SourceHealth(PgTime.Read(LastPolledAt), PgTime.Read(LastSuccessAt), LastError, PgTime.Read(LastErrorAt), (int)ItemsLastDay, usual);
            return new MonitoredSource(ToSource(), feeds, TimeSpan.FromMinutes(PollMinutes), Active, Notes, health);
        }
    }

    private sealed class FeedRow
    {
        public long Id { get; set; }
        public string SourceSlug { get; set; } = "";
        public string Url { get; set; } = "";
        public string Kind { get; set; } = "auto";
        public bool Active { get; set; }
        public string? ETag { get; set; }
        public string? LastModified { get; set; }
        public DateTime? LastPolledAt { get; set; }
        public DateTime? LastSuccessAt { get; set; }
        public string? LastError { get; set; }

        public SourceFeed ToFeed() => new(Id, SourceSlug, Url, Enum.TryParse<FeedKind>(Kind, ignoreCase: true, out var kind) ? kind : FeedKind.Auto, Active)
        {
            ETag = ETag,
            LastModified = LastModified,
            LastPolledAt = PgTime.Read(LastPolledAt),
            LastSuccessAt = PgTime.Read(LastSuccessAt),
            LastError = LastError,
        };
    }
}
