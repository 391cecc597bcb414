using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Mirsad.Search.Lucene;

/// <summary>Gives every searcher the similarity the index was written with.</summary>
internal sealed class SimilaritySearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
}
