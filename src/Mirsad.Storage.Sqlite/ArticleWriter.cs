using System.Globalization;
using Microsoft.Data.Sqlite;
using Mirsad.Core.Articles;
using Mirsad.Core.Text;

namespace Mirsad.Storage.Sqlite;

/// <summary>
/// Writes one batch of articles inside one transaction with prepared statements (the import hot
/// path): skips unchanged articles, keeps slugs stable and unique, creates missing sources and
/// keywords, replaces keyword links, and stamps each change with the next sequence number.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _now;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _existing, _slugTaken, _upsert, _source, _keyword, _unlink, _link, _undelete;
    private long _sequence;

    public ArticleWriter(SqliteConnection connection, DateTimeOffset now)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction(deferred: false);
        _now = ArticleMapping.FormatDate(now)!;
        _existing = Prepare("SELECT slug, content_hash FROM articles WHERE id = $id", "$id");
        _slugTaken = Prepare("SELECT 1 FROM articles WHERE slug = $slug AND id <> $id", "$slug", "$id");
        _upsert = Prepare("""
            INSERT INTO articles (id, slug, headline, standfirst, body, language, published_at, published_month, section, section_slug,
                                  source_slug, url, original, credit, disclaimer, status, kind, links, content_hash, seq, created_at, updated_at)
            VALUES ($id, $slug, $headline, $standfirst, $body, $language, $published, $month, $section, $sectionSlug,
                    $source, $url, $original, $credit, $disclaimer, $status, $kind, $links, $hash, $seq, $now, $now)
            ON CONFLICT (id) DO UPDATE SET
                slug = excluded.slug, headline = excluded.headline, standfirst = excluded.standfirst, body = excluded.body,
                language = excluded.language, published_at = excluded.published_at, published_month = excluded.published_month,
                section = excluded.section, section_slug = excluded.section_slug, source_slug = excluded.source_slug, url = excluded.url,
                original = excluded.original, credit = excluded.credit, disclaimer = excluded.disclaimer, status = excluded.status,
                kind = excluded.kind, links = excluded.links, content_hash = excluded.content_hash, seq = excluded.seq, updated_at = excluded.updated_at
            """,
            "$id", "$slug", "$headline", "$standfirst", "$body", "$language", "$published", "$month", "$section", "$sectionSlug",
            "$source", "$url", "$original", "$credit", "$disclaimer", "$status", "$kind", "$links", "$hash", "$seq", "$now");
        _source = Prepare("""
            INSERT INTO sources (slug, name, homepage, language, country, leaning, created_at, updated_at)
            VALUES ($slug, $name, $homepage, $language, $country, $leaning, $now, $now)
            ON CONFLICT (slug) DO NOTHING
            """, "$slug", "$name", "$homepage", "$language", "$country", "$leaning", "$now");
        _keyword = Prepare("INSERT INTO keywords (slug, name, kind, created_at, updated_at) VALUES ($slug, $name, $kind, $now, $now) ON CONFLICT (slug) DO NOTHING", "$slug", "$name", "$kind", "$now");
        _unlink = Prepare("DELETE FROM article_keywords WHERE article_id = $id", "$id");
        _link = Prepare("INSERT OR IGNORE INTO article_keywords (article_id, keyword_slug, rank, origin) VALUES ($id, $slug, $rank, $origin)", "$id", "$slug", "$rank", "$origin");
        _undelete = Prepare("DELETE FROM deleted_articles WHERE id = $id", "$id");

        using var seq = Command("SELECT value FROM meta WHERE key = 'sequence'");
        _sequence = long.Parse((string)seq.ExecuteScalar()!, CultureInfo.InvariantCulture);
    }

    public long Sequence => _sequence;

    /// <summary>Writes one article; returns it as stored, or null when it was already stored as given.</summary>
    public Article? Write(Article article)
    {
        var hash = ArticleJson.ContentHash(article);
        string? slug = null, storedHash = null;
        _existing.Parameters["$id"].Value = article.Id;
        using (var reader = _existing.ExecuteReader())
        {
            if (reader.Read())
            {
                slug = reader.GetString(0);
                storedHash = reader.GetString(1);
            }
        }

        if (slug is not null)
        {
            // An existing article keeps its address unless the save names a different one.
            var stored = slug;
            if (article.Slug.Length > 0 && article.Slug != slug)
            {
                slug = UniqueSlug(article);
            }

            if (slug == stored && storedHash == hash)
            {
                return null;
            }
        }

        slug ??= UniqueSlug(article);
        if (article.Source is { } source)
        {
            Run(_source, source.Slug, source.Name, source.Homepage, source.Language, source.Country, source.Leaning, _now);
        }

        _sequence++;
        Run(_upsert, article.Id, slug, article.Headline, article.Standfirst, ArticleJson.SerializeBody(article.Body), article.Language,
            ArticleMapping.FormatDate(article.PublishedAt), MonthCount.Key(article.PublishedAt), article.Section,
            article.Section is null ? null : Slug.From(article.Section), article.Source?.Slug, article.Url,
            ArticleJson.SerializeOriginal(article.Original), article.Credit, article.Disclaimer, article.Status.ToString(), article.Kind.ToString(), ArticleJson.SerializeLinks(article.Links), hash, _sequence, _now);

        Run(_unlink, article.Id);
        var rank = 0;
        foreach (var keyword in article.Keywords)
        {
            Run(_keyword, keyword.Slug, keyword.Name, keyword.Kind.ToString(), _now);
            Run(_link, article.Id, keyword.Slug, rank++, keyword.Origin.ToString());
        }

        Run(_undelete, article.Id);
        return article with { Slug = slug };
    }

    /// <summary>Deletes an article, leaving a tombstone for the index; false when there was none.</summary>
    public bool Delete(string id)
    {
        using var delete = Command("DELETE FROM articles WHERE id = $id", ("$id", id));
        if (delete.ExecuteNonQuery() == 0)
        {
            return false;
        }

        _sequence++;
        using var tomb = Command("INSERT OR REPLACE INTO deleted_articles (id, seq) VALUES ($id, $seq)", ("$id", id), ("$seq", _sequence));
        tomb.ExecuteNonQuery();
        return true;
    }

    public void Commit()
    {
        using var seq = Command("UPDATE meta SET value = $v WHERE key = 'sequence'", ("$v", _sequence.ToString(CultureInfo.InvariantCulture)));
        seq.ExecuteNonQuery();
        _transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _transaction.Dispose();
    }

    private string UniqueSlug(Article article)
    {
        var basis = Slug.From(string.IsNullOrWhiteSpace(article.Slug) ? article.Headline : article.Slug);
        if (basis.Length == 0)
        {
            basis = "article";
        }

        var candidate = basis;
        for (var attempt = 0; SlugTaken(candidate, article.Id); attempt++)
        {
            candidate = attempt == 0 ? $"{basis}-{Slug.From(article.Id, 40)}" : $"{basis}-{attempt + 1}";
        }

        return candidate;
    }

    private bool SlugTaken(string slug, string id)
    {
        _slugTaken.Parameters["$slug"].Value = slug;
        _slugTaken.Parameters["$id"].Value = id;
        return _slugTaken.ExecuteScalar() is not null;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        _commands.Add(command);
        return command;
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
