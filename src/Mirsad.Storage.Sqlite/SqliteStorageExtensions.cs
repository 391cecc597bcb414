using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Ingest;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Workflow;

namespace Mirsad.Storage.Sqlite;

/// <summary>Registers the SQLite store.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>Adds the SQLite-backed article, source, keyword and account stores, the audit log, article revisions, the source registry and the monitored items over the database file at <paramref name="path"/>.</summary>
    /// <param name="services">The container.</param>
    /// <param name="path">The database file.</param>
    /// <param name="access">Read and write (the default), or only read.</param>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, string path, SqliteAccess access = SqliteAccess.ReadWrite)
    {
        services.AddSingleton(new SqliteDatabase(path, access));
        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<ISourceStore, SqliteSourceStore>();
        services.AddSingleton<IKeywordStore, SqliteKeywordStore>();
        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<ISourceRegistry, SqliteSourceRegistry>();
        services.AddSingleton<IMonitoredItemStore, SqliteMonitoredItemStore>();
        services.AddSingleton<IRevisionStore, SqliteRevisionStore>();
        return services;
    }
}
