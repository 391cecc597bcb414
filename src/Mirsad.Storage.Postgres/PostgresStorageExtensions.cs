using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Ingest;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Core.Workflow;

namespace Mirsad.Storage.Postgres;

/// <summary>Registers the PostgreSQL store.</summary>
public static class PostgresStorageExtensions
{
    /// <summary>
    /// Adds the PostgreSQL-backed implementation of every store interface over the database named by
    /// <paramref name="connection"/> (an Npgsql connection string or a postgres:// URL).
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, string connection)
    {
        services.AddSingleton(new PostgresDatabase(connection));
        services.AddSingleton<IArticleStore, PostgresArticleStore>();
        services.AddSingleton<ISourceStore, PostgresSourceStore>();
        services.AddSingleton<IKeywordStore, PostgresKeywordStore>();
        services.AddSingleton<IUserStore, PostgresUserStore>();
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<ISourceRegistry, PostgresSourceRegistry>();
        services.AddSingleton<IMonitoredItemStore, PostgresMonitoredItemStore>();
        services.AddSingleton<IRevisionStore, PostgresRevisionStore>();
        return services;
    }
}
