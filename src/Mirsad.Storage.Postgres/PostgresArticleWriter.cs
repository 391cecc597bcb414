using Dapper;
using Mirsad.Core.Articles;
using Mirsad.Core.Text;
using Npgsql;

namespace Mirsad.Storage.Postgres;

/// <summary>
/// Writes a batch of articles in one transaction, as the SQLite store's writer does (unchanged articles
/// skipped by content hash, slugs kept and made unique, missing sources and keywords created, keyword
/// links replaced, each change stamped with the next sequence number), but in a handful of round trips
/// per batch: the decisions are made in memory, the rows sent as arrays.
/// The transaction starts by locking the change-log row, so article writers of every node take turns and
/// their sequence numbers are handed out in commit order.
/// </summary>
internal sealed class PostgresArticleWriter : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly DateTime _now;
    private readonly Dictionary<string, (string Slug, string Hash)> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _slugOwners = new(StringComparer.Ordinal); // null: freed in this batch
    private long _sequence;

    private PostgresArticleWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTime now, long sequence)
    {
        _connection = connection;
        _transaction = transaction;
        _now = now;
        _sequence = sequence;
    }

    public long Sequence => _sequence;

    /// <summary>Begins the write: takes the change-log lock (waiting for any other writer to commit).</summary>
    public static async Task<PostgresArticleWriter> BeginAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT value FROM article_sequence FOR UPDATE", transaction: transaction, cancellationToken: cancellationToken));
        return new PostgresArticleWriter(connection, transaction, PgTime.Write(now), sequence);
    }

    /// <summary>The change sequence each of <paramref name="ids"/> was last saved at, read under the write lock.</summary>
    public async Task<Dictionary<string, long>> SequencesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await _connection.QueryAsync<(string Id, long Seq)>(new CommandDefinition("SELECT id, seq FROM articles WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, _transaction, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Id, r => r.Seq, StringComparer.Ordinal);

    /// <summary>Writes the articles; returns those written, as stored, and how many were already stored as given.</summary>
    public async Task<(List<Article> Saved, int Unchanged)> WriteAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        await LoadAsync(articles, cancellationToken);
        var saved = new List<Article>(articles.Count);
        var rows = new Dictionary<string, (Article Article, string Hash, long Seq)>(StringComparer.Ordinal);
        var unchanged = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hash = ArticleJson.ContentHash(article);
            string? slug = null;
            if (_stored.TryGetValue(article.Id, out var stored))
            {
                // An existing article keeps its address unless the save names a different one.
                slug = article.Slug.Length > 0 && article.Slug != stored.Slug ? await UniqueSlugAsync(article, cancellationToken) : stored.Slug;
                if (slug == stored.Slug && stored.Hash == hash)
                {
                    unchanged++;
                    continue;
                }

                if (slug != stored.Slug)
                {
                    _slugOwners[stored.Slug] = null;
                }
            }

            slug ??= await UniqueSlugAsync(article, cancellationToken);
            _slugOwners[slug] = article.Id;
            _stored[article.Id] = (slug, hash);
            var written = article with { Slug = slug };
            rows[article.Id] = (written, hash, ++_sequence);
            saved.Add(written);
        }

        if (rows.Count > 0)
        {
            await WriteRowsAsync([.. rows.Values], cancellationToken);
        }

        return (saved, unchanged);
    }

    /// <summary>Deletes an article, leaving a tombstone for the index; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await _connection.ExecuteAsync(new CommandDefinition("DELETE FROM articles WHERE id = @id", new { id }, _transaction, cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        _sequence++;
        await _connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO deleted_articles (id, seq) VALUES (@id, @seq) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq",
            new { id, seq = _sequence },
            _transaction,
            cancellationToken: cancellationToken));
        return true;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _connection.ExecuteAsync(new CommandDefinition("UPDATE article_sequence SET value = @value", new { value = _sequence }, _transaction, cancellationToken: cancellationToken));
        await _transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _transaction.DisposeAsync();

    // What is stored under the batch's ids, and who owns the slugs the batch is likely to ask for.
    private async Task LoadAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var ids = articles.Select(a => a.Id).Where(id => !_stored.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var row in await _connection.QueryAsync<(string Id, string Slug, string Hash)>(new CommandDefinition(
            "SELECT id, slug, content_hash FROM articles WHERE id = ANY(@ids)", new { ids }, _transaction, cancellationToken: cancellationToken)))
        {
            _stored[row.Id] = (row.Slug, row.Hash);
        }

        var candidates = articles.SelectMany(a => new[] { SlugBasis(a), $"{SlugBasis(a)}-{Slug.From(a.Id, 40)}" })
            .Where(s => !_slugOwners.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var s in candidates)
        {
            _slugOwners[s] = null;
        }

        foreach (var row in await _connection.QueryAsync<(string Slug, string Id)>(new CommandDefinition(
            "SELECT slug, id FROM articles WHERE slug = ANY(@candidates)", new { candidates }, _transaction, cancellationToken: cancellationToken)))
        {
            _slugOwners[row.Slug] = row.Id;
        }
    }

    private static string SlugBasis(Article article)
    {
        var basis = Slug.From(string.IsNullOrWhiteSpace(article.Slug) ? article.Headline : article.Slug);
        return basis.Length == 0 ? "article" : basis;
    }

    private async Task<string> UniqueSlugAsync(Article article, CancellationToken cancellationToken)
    {
        var basis = SlugBasis(article);
        var candidate = basis;
        for (var attempt = 0; await SlugTakenAsync(candidate, article.Id, cancellationToken); attempt++)
        {
            candidate = attempt == 0 ? $"{basis}-{Slug.From(article.Id, 40)}" : $"{basis}-{attempt + 1}";
        }

        return candidate;
    }

    private async Task<bool> SlugTakenAsync(string slug, string id, CancellationToken cancellationToken)
    {
        if (!_slugOwners.TryGetValue(slug, out var owner))
        {
            owner = await _connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT id FROM articles WHERE slug = @slug", new { slug }, _transaction, cancellationToken: cancellationToken));
            _slugOwners[slug] = owner;
        }

        return owner is not null && owner != id;
    }

    private async Task WriteRowsAsync(List<(Article Article, string Hash, long Seq)> rows, CancellationToken cancellationToken)
    {
        var sources = rows.Select(r => r.Article.Source).OfType<Core.Sources.SourceOutlet>().DistinctBy(s => s.Slug).ToList();
        if (sources.Count > 0)
        {
            await ExecuteAsync(
                """
                INSERT INTO sources (slug, name, homepage, language, country, leaning, created_at, updated_at)
                SELECT t.*, @now, @now FROM unnest(@slugs::text[], @names::text[], @homepages::text[], @languages::text[], @countries::text[], @leanings::text[]) AS t
                ON CONFLICT (slug) DO NOTHING
                """,
                new
                {
                    slugs = sources.Select(s => s.Slug).ToArray(), names = sources.Select(s => s.Name).ToArray(), homepages = sources.Select(s => s.Homepage).ToArray(),
                    languages = sources.Select(s => s.Language).ToArray(), countries = sources.Select(s => s.Country).ToArray(), leanings = sources.Select(s => s.Leaning).ToArray(), now = _now,
                },
                cancellationToken);
        }

        var keywords = rows.SelectMany(r => r.Article.Keywords).DistinctBy(k => k.Slug).ToList();
        if (keywords.Count > 0)
        {
            await ExecuteAsync(
                """
                INSERT INTO keywords (slug, name, kind, created_at, updated_at)
                SELECT t.*, @now, @now FROM unnest(@slugs::text[], @names::text[], @kinds::text[]) AS t
                ON CONFLICT (slug) DO NOTHING
                """,
                new { slugs = keywords.Select(k => k.Slug).ToArray(), names = keywords.Select(k => k.Name).ToArray(), kinds = keywords.Select(k => k.Kind.ToString()).ToArray(), now = _now },
                cancellationToken);
        }

        var articles = rows.Select(r => r.Article).ToList();
        var ids = articles.Select(a => a.Id).ToArray();
        await ExecuteAsync(
            """
            INSERT INTO articles (id, slug, headline, standfirst, body, language, published_at, published_month, section, section_slug,
                                  source_slug, url, original, credit, disclaimer, status, kind, links, content_hash, seq, created_at, updated_at)
            SELECT t.*, @now, @now FROM unnest(@ids::text[], @slugs::text[], @headlines::text[], @standfirsts::text[], @bodies::text[], @languages::text[],
                @published::timestamptz[], @months::text[], @sections::text[], @sectionSlugs::text[], @sources::text[], @urls::text[], @originals::text[],
                @credits::text[], @disclaimers::text[], @statuses::text[], @kinds::text[], @links::text[], @hashes::text[], @seqs::bigint[]) AS t
            ON CONFLICT (id) DO UPDATE SET
                slug = excluded.slug, headline = excluded.headline, standfirst = excluded.standfirst, body = excluded.body,
                language = excluded.language, published_at = excluded.published_at, published_month = excluded.published_month,
                section = excluded.section, section_slug = excluded.section_slug, source_slug = excluded.source_slug, url = excluded.url,
                original = excluded.original, credit = excluded.credit, disclaimer = excluded.disclaimer, status = excluded.status,
                kind = excluded.kind, links = excluded.links, content_hash = excluded.content_hash, seq = excluded.seq, updated_at = excluded.updated_at
            """,
            new
            {
                ids,
                slugs = articles.Select(a => a.Slug).ToArray(),
                headlines = articles.Select(a => a.Headline).ToArray(),
                standfirsts = articles.Select(a => a.Standfirst).ToArray(),
                bodies = articles.Select(a => ArticleJson.SerializeBody(a.Body)).ToArray(),
                languages = articles.Select(a => a.Language).ToArray(),
                published = articles.Select(a => PgTime.Write(a.PublishedAt)).ToArray(),
                months = articles.Select(a => MonthCount.Key(a.PublishedAt)).ToArray(),
                sections = articles.Select(a => a.Section).ToArray(),
                sectionSlugs = articles.Select(a => a.Section is null ? null : Slug.From(a.Section)).ToArray(),
                sources = articles.Select(a => a.Source?.Slug).ToArray(),
                urls = articles.Select(a => a.Url).ToArray(),
                originals = articles.Select(a => ArticleJson.SerializeOriginal(a.Original)).ToArray(),
                credits = articles.Select(a => a.Credit).ToArray(),
                disclaimers = articles.Select(a => a.Disclaimer).ToArray(),
                statuses = articles.Select(a => a.Status.ToString()).ToArray(),
                kinds = articles.Select(a => a.Kind.ToString()).ToArray(),
                links = articles.Select(a => ArticleJson.SerializeLinks(a.Links)).ToArray(),
                hashes = rows.Select(r => r.Hash).ToArray(),
                seqs = rows.Select(r => r.Seq).ToArray(),
                now = _now,
            },
            cancellationToken);

        var links = articles.SelectMany(a => a.Keywords.Select((k, rank) => (a.Id, k.Slug, Rank: rank, Origin: k.Origin.ToString()))).ToList();
        await ExecuteAsync(
            """
            DELETE FROM article_keywords WHERE article_id = ANY(@ids);
            DELETE FROM deleted_articles WHERE id = ANY(@ids);
            INSERT INTO article_keywords (article_id, keyword_slug, rank, origin)
            SELECT * FROM unnest(@linkIds::text[], @linkSlugs::text[], @ranks::integer[], @origins::text[])
            ON CONFLICT DO NOTHING;
            """,
            new
            {
                ids,
                linkIds = links.Select(l => l.Id).ToArray(),
                linkSlugs = links.Select(l => l.Slug).ToArray(),
                ranks = links.Select(l => l.Rank).ToArray(),
                origins = links.Select(l => l.Origin).ToArray(),
            },
            cancellationToken);
    }

    private Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        _connection.ExecuteAsync(new CommandDefinition(sql, parameters, _transaction, cancellationToken: cancellationToken));
}
