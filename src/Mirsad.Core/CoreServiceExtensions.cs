using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Translation;
using Mirsad.Core.Workflow;

namespace Mirsad.Core;

/// <summary>Registers Mirsad's use cases; the store and the index come from their own projects.</summary>
public static class CoreServiceExtensions
{
    /// <summary>Adds the keyword extractor and tagger over <paramref name="vocabulary"/>, the archive, the importer and the newsroom's desk.</summary>
    public static IServiceCollection AddMirsadCore(this IServiceCollection services, KeywordVocabulary vocabulary)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(vocabulary);
        services.AddSingleton<KeywordExtractor>();
        services.AddSingleton<KeywordTagger>();
        services.AddSingleton<KeywordRulesSource>();
        services.AddSingleton<KeywordEditor>();
        services.AddSingleton<KeywordDirectory>();
        services.AddSingleton<ArticleArchive>();
        services.AddSingleton<ArchiveCheck>();
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<EditorialDesk>();
        services.TryAddSingleton<IMachineTranslator, NoMachineTranslator>();
        return services;
    }
}
