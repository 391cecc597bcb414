using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;

namespace Mirsad.Core;

/// <summary>Registers Mirsad's use cases; the store and the index come from their own projects.</summary>
public static class CoreServiceExtensions
{
    /// <summary>Adds the keyword extractor and tagger over <paramref name="vocabulary"/>, the archive and the importer.</summary>
    public static IServiceCollection AddMirsadCore(this IServiceCollection services, KeywordVocabulary vocabulary)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(vocabulary);
        services.AddSingleton<KeywordExtractor>();
        services.AddSingleton<KeywordTagger>();
        services.AddSingleton<ArticleArchive>();
        services.AddSingleton<ArticleImporter>();
        return services;
    }
}
