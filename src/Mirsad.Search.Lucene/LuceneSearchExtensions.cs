using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Keywords;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>Registers the Lucene index.</summary>
public static class LuceneSearchExtensions
{
    /// <summary>Adds the on-disk Lucene index at <paramref name="path"/>, opened for writing when no other process holds it.</summary>
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services, string path)
    {
        services.AddSingleton(sp => LuceneSearchIndex.Open(path, sp.GetService<KeywordVocabulary>()));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}
