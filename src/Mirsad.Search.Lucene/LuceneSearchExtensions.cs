using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Keywords;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>Registers the Lucene index.</summary>
public static class LuceneSearchExtensions
{
    /// <summary>
    /// Adds the on-disk Lucene index at <paramref name="path"/>, opened for reading; a process that
    /// writes articles becomes its one writer through <see cref="ISearchIndex.TryTakeWriter"/> when no
    /// other process holds it.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="path">The index directory.</param>
    /// <param name="neverWrite">Why this process must never write the index (a site serving read-only), or null.</param>
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services, string path, string? neverWrite = null)
    {
        services.AddSingleton<ISearchIndex>(sp => LuceneSearchIndex.OpenReadOnly(path, sp.GetService<KeywordVocabulary>(), neverWrite));
        return services;
    }
}
