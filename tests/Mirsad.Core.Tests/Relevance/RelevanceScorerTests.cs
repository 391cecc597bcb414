using Mirsad.Core.Relevance;

namespace Mirsad.Core.Tests.Relevance;

public sealed class RelevanceScorerTests
{
    // q1: three relevant (d1, d3, d5), binary. q2: graded (d2 = 3, d4 = 1). q3: judged, nothing relevant (not scored).
    private static readonly RelevanceJudgments Judgments = RelevanceJudgments.Parse(new StringReader(
        "query_id\tdoc_id\trelevance\n1\td1\t1\n1\td3\t1\n1\td5\t1\n2\td2\t3\n2\td4\t1\n3\td9\t0\n"));

    [Fact]
    public void Score_HandCheckedRun_GivesTrecEvalValues()
    {
        // q1 returns d1, d2, d3: AP = (1/1 + 2/3) / 3; P@10 = 2/10; DCG = 1 + 1/log2(4), IDCG = 1 + 1/log2(3) + 1/log2(4).
        // q2 returns d4, d2: AP = (1/1 + 2/2) / 2; P@10 = 2/10; DCG = 1 + 3/log2(3), IDCG = 3 + 1/log2(3).
        var run = RankedRun.From([("1", ["d1", "d2", "d3"]), ("2", ["d4", "d2"])]);

        var scores = RelevanceScorer.Score(Judgments, run);

        Assert.Equal(2, scores.Queries);
        Assert.Equal(((1 + (2 / 3.0)) / 3 + 1.0) / 2, scores.MeanAveragePrecision, 6);
        Assert.Equal(0.2, scores.PrecisionAt10, 6);
        var ndcg1 = 1.5 / (1 + (1 / Math.Log2(3)) + 0.5);
        var ndcg2 = (1 + (3 / Math.Log2(3))) / (3 + (1 / Math.Log2(3)));
        Assert.Equal((ndcg1 + ndcg2) / 2, scores.NdcgAt10, 6);
        Assert.Equal(((2 / 3.0) + 1.0) / 2, scores.RecallAt100, 6); // q1 found 2 of 3, q2 both
    }

    [Fact]
    public void Score_JudgedQueryMissingFromRun_CountsAsZero()
    {
        var run = RankedRun.From([("1", ["d1", "d3", "d5"])]);

        var scores = RelevanceScorer.Score(Judgments, run);

        Assert.Equal(2, scores.Queries);
        Assert.Equal(0.5, scores.MeanAveragePrecision, 6); // q1 perfect, q2 absent
        Assert.Equal(0.5, scores.NdcgAt10, 6);
        Assert.Equal(0.5, scores.RecallAt100, 6);
    }

    [Fact]
    public void Parse_TrecRun_OrdersByScoreNotByRankColumn()
    {
        var run = RankedRun.Parse(new StringReader("1 Q0 d3 1 0.5 x\n1 Q0 d1 2 2.0 x\nnot a line\n1 Q0 d1 3 0.1 x\n"));

        Assert.Equal(["d1", "d3"], run.Ranking("1"));
        Assert.Empty(run.Ranking("2"));
    }

    [Fact]
    public void Parse_TrecQrelsWithIterationColumn_ReadsGrades()
    {
        var judgments = RelevanceJudgments.Parse(new StringReader("7 0 doc-a 2\n7 0 doc-b 0\n"));

        Assert.Equal(2, judgments.Grade("7", "doc-a"));
        Assert.Equal(0, judgments.Grade("7", "doc-b"));
        Assert.Equal(["7"], judgments.JudgedQueries);
    }
}
