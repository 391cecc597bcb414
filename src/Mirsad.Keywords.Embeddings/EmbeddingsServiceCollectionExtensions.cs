using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirsad.Core.Keywords.Refinement;

namespace Mirsad.Keywords.Embeddings;

/// <summary>Registers the MiniLM embedder and the keyword refinement built on it.</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ITextEmbedder"/> (all-MiniLM-L6-v2 on one thread, loaded on first use, so
    /// registering it costs nothing), the <see cref="EmbeddingRanker"/> and the <see cref="KeywordRefiner"/>.
    /// </summary>
    public static IServiceCollection AddKeywordEmbeddings(this IServiceCollection services)
    {
        services.TryAddSingleton<ITextEmbedder>(_ => new MiniLmEmbedder(threads: 1));
        services.TryAddSingleton<EmbeddingRanker>();
        services.TryAddSingleton<KeywordRefiner>();
        return services;
    }
}
