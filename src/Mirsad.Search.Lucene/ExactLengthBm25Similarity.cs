using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Okapi BM25 (k1 = 1.2, b = 0.75, Robertson's defaults, which suit news: articles vary in length
/// and a long one should not win on repetition alone) over exact document lengths. Lucene 4.8's own
/// BM25 squeezes each length into one byte (1/√length with three bits of mantissa), so articles
/// a quarter apart in length look the same to it; here the norm is the length itself.
/// </summary>
internal sealed class ExactLengthBm25Similarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    public override long ComputeNorm(FieldInvertState state) =>
        state.Length - state.NumOverlap; // positions, not counting synonyms stacked on one position

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var docCount = collectionStats.DocCount == -1 ? collectionStats.MaxDoc : collectionStats.DocCount;
        var total = collectionStats.SumTotalTermFreq;
        var average = total <= 0 || docCount <= 0 ? 1f : (float)(total / (double)docCount);

        // Rarity is counted against every article, not only those of the field's language: with few
        // Arabic articles in an English archive, an Arabic word found in one of them is rare, not common.
        var articles = Math.Max(collectionStats.MaxDoc, docCount);
        float idf = 0;
        foreach (var term in termStats)
        {
            idf += (float)Math.Log(1 + ((articles - term.DocFreq + 0.5) / (term.DocFreq + 0.5)));
        }

        return new Weight(collectionStats.Field, idf, queryBoost, average);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var w = (Weight)weight;
        return new Scorer(w, context.AtomicReader.GetNormValues(w.Field));
    }

    private sealed class Weight(string fieldName, float idf, float queryBoost, float averageLength) : SimWeight
    {
        public string Field => fieldName;

        public float AverageLength => averageLength;

        public float Value { get; private set; } = idf * queryBoost;

        public override float GetValueForNormalization() => Value * Value;

        public override void Normalize(float queryNorm, float topLevelBoost) => Value = idf * queryBoost * topLevelBoost;
    }

    private sealed class Scorer(Weight weight, NumericDocValues? norms) : SimScorer
    {
        private readonly float _weight = weight.Value * (K1 + 1);
        private readonly float _constant = K1 * (1 - B);
        private readonly float _perLength = K1 * B / weight.AverageLength;

        public override float Score(int doc, float freq)
        {
            var norm = norms is null ? K1 : _constant + (_perLength * norms.Get(doc));
            return _weight * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
    }
}
