namespace Mirsad.Core.Relevance;

/// <summary>
/// Scores a run against judgments the way trec_eval does: only queries with relevant documents
/// count, a judged query the run left out scores zero, MAP divides by every relevant document
/// (retrieved or not), and nDCG@10 uses the grade as gain with a log2(rank + 1) discount.
/// </summary>
public static class RelevanceScorer
{
    /// <summary>The cut-off of P@k and nDCG@k.</summary>
    public const int Cutoff = 10;

    /// <summary>The cut-off of recall: the share of the relevant documents found in the first hundred.</summary>
    public const int RecallCutoff = 100;

    /// <summary>Scores <paramref name="run"/> against <paramref name="judgments"/>.</summary>
    public static RelevanceScores Score(RelevanceJudgments judgments, RankedRun run)
    {
        double map = 0, precision = 0, ndcg = 0, recall = 0;
        var queries = 0;
        foreach (var query in judgments.JudgedQueries)
        {
            var ranking = run.Ranking(query);
            var grades = judgments.RelevantGrades(query);
            queries++;
            map += AveragePrecision(judgments, query, ranking, grades.Count);
            precision += ranking.Take(Cutoff).Count(d => judgments.Grade(query, d) > 0) / (double)Cutoff;
            ndcg += Ndcg(judgments, query, ranking, grades);
            recall += ranking.Take(RecallCutoff).Count(d => judgments.Grade(query, d) > 0) / (double)grades.Count;
        }

        return queries == 0
            ? new RelevanceScores(0, 0, 0, 0, 0)
            : new RelevanceScores(queries, map / queries, precision / queries, ndcg / queries, recall / queries);
    }

    private static double AveragePrecision(RelevanceJudgments judgments, string query, IReadOnlyList<string> ranking, int relevant)
    {
        double sum = 0;
        var found = 0;
        for (var i = 0; i < ranking.Count; i++)
        {
            if (judgments.Grade(query, ranking[i]) > 0)
            {
                found++;
                sum += found / (double)(i + 1);
            }
        }

        return sum / relevant;
    }

    private static double Ndcg(RelevanceJudgments judgments, string query, IReadOnlyList<string> ranking, IReadOnlyList<int> grades)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(Cutoff, ranking.Count); i++)
        {
            dcg += Math.Max(0, judgments.Grade(query, ranking[i])) / Math.Log2(i + 2);
        }

        var ideal = grades.OrderDescending().Take(Cutoff).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
