using Mirsad.Core;
using Mirsad.Core.Ingest;
using Mirsad.Core.Keywords;
using Mirsad.Demo;
using Mirsad.Keywords.Embeddings;
using Mirsad.Search.Lucene;
using Mirsad.Storage.Sqlite;

namespace Mirsad.Hosting;

/// <summary>The services the CLI and the web host share: one registration, so no logic is written twice.</summary>
public static class MirsadServices
{
    /// <summary>Adds store, index, keywords, archive, importer, intake and demo loader for the data directory.</summary>
    /// <param name="services">The container.</param>
    /// <param name="paths">The data directory.</param>
    /// <param name="configuration">Settings ("Mirsad:Intake", ...); the host's, or the environment's for the CLI.</param>
    /// <param name="mode">Whether the data directory may be written (the default) or only read (<c>serve</c> over read-only data).</param>
    public static IServiceCollection AddMirsad(this IServiceCollection services, MirsadPaths paths, IConfiguration? configuration = null, ServingMode? mode = null)
    {
        mode ??= ServingMode.Writable;
        if (!mode.IsReadOnly)
        {
            Directory.CreateDirectory(paths.DataDirectory);
        }

        services.AddSingleton(paths);
        services.AddSingleton(mode);
        services.AddMirsadCore(LoadVocabulary(paths));
        services.AddSqliteStorage(paths.StorePath, mode.StoreAccess);
        services.AddLuceneSearch(paths.IndexPath, mode.ReadOnlyReason);
        services.AddKeywordEmbeddings();
        services.AddSingleton<DemoCorpus>();
        services.AddMirsadIntake(options =>
        {
            if (configuration is not null)
            {
                options.Bind(configuration.GetSection(IntakeOptions.Section));
            }
        });
        return services;
    }

    /// <summary>The shipped vocabulary plus the operator's vocabulary.tsv in the data directory, when there is one.</summary>
    public static KeywordVocabulary LoadVocabulary(MirsadPaths paths)
    {
        if (!File.Exists(paths.VocabularyPath))
        {
            return KeywordVocabulary.Default;
        }

        using var reader = File.OpenText(paths.VocabularyPath);
        return KeywordVocabulary.Parse(reader, KeywordVocabulary.Default);
    }
}
