using Npgsql;

namespace Mirsad.Storage.Postgres;

/// <summary>
/// Reads what an operator gives as the store (--store, MIRSAD_STORE): an Npgsql connection string
/// ("Host=db1,db2;Database=mirsad;Username=mirsad;Target Session Attributes=read-write") or a
/// postgres:// URL ("postgres://mirsad:secret@db1:5432,db2:5432/mirsad?target_session_attrs=read-write").
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="value"/> names a PostgreSQL store (a URL or a connection string with a host).</summary>
    public static bool IsPostgres(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (IsUrl(value))
        {
            return true;
        }

        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The Npgsql connection string for <paramref name="value"/>; a clear <see cref="FormatException"/> when it is neither form.</summary>
    public static string Normalize(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = IsUrl(value) ? FromUrl(value) : new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Not a PostgreSQL connection string or postgres:// URL: {e.Message}", e);
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new FormatException("The PostgreSQL connection names no host (Host=... or postgres://HOST/DATABASE).");
        }

        builder.ApplicationName ??= "mirsad";
        return builder.ConnectionString;
    }

    /// <summary>The connection string with its password hidden, for messages and logs.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static bool IsUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    // postgres://user:password@host1:port1,host2:port2/database?key=value (libpq's URL form).
    private static NpgsqlConnectionStringBuilder FromUrl(string value)
    {
        var rest = value[(value.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var builder = new NpgsqlConnectionStringBuilder();
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        var parameters = query < 0 ? string.Empty : rest[(query + 1)..];
        rest = query < 0 ? rest : rest[..query];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        if (slash >= 0 && slash + 1 < rest.Length)
        {
            builder.Database = Uri.UnescapeDataString(rest[(slash + 1)..]);
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority[..at];
            var colon = user.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? user : user[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
            }

            authority = authority[(at + 1)..];
        }

        if (authority.Length > 0)
        {
            builder.Host = Uri.UnescapeDataString(authority);
        }

        foreach (var pair in parameters.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).Replace('_', ' ');
            var setting = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase))
            {
                key = "SSL Mode";
            }

            if (key.Equals("connect timeout", StringComparison.OrdinalIgnoreCase))
            {
                key = "Timeout";
            }

            builder[key] = setting;
        }

        return builder;
    }
}
