using System.Globalization;

namespace Mirsad.Core.Relevance;

/// <summary>
/// Human relevance judgments (qrels): for each query id, the graded relevance of judged documents.
/// Grades above zero count as relevant; zero or less means judged not relevant.
/// </summary>
public sealed class RelevanceJudgments
{
    private readonly Dictionary<string, Dictionary<string, int>> _byQuery;

    private RelevanceJudgments(Dictionary<string, Dictionary<string, int>> byQuery) => _byQuery = byQuery;

    /// <summary>Query ids with at least one relevant document (the ones a run is scored on).</summary>
    public IEnumerable<string> JudgedQueries => _byQuery.Where(kv => kv.Value.Values.Any(g => g > 0)).Select(kv => kv.Key);

    /// <summary>The grade of a document for a query; 0 when not judged.</summary>
    public int Grade(string queryId, string documentId) =>
        _byQuery.TryGetValue(queryId, out var docs) && docs.TryGetValue(documentId, out var grade) ? grade : 0;

    /// <summary>The positive grades judged for a query, in any order.</summary>
    public IReadOnlyList<int> RelevantGrades(string queryId) =>
        _byQuery.TryGetValue(queryId, out var docs) ? docs.Values.Where(g => g > 0).ToList() : [];

    /// <summary>Builds judgments from (query, document, grade) triples; a repeated pair keeps the last grade.</summary>
    public static RelevanceJudgments From(IEnumerable<(string Query, string Document, int Grade)> judgments)
    {
        var byQuery = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (query, document, grade) in judgments)
        {
            if (!byQuery.TryGetValue(query, out var docs))
            {
                docs = new Dictionary<string, int>(StringComparer.Ordinal);
                byQuery[query] = docs;
            }

            docs[document] = grade;
        }

        return new RelevanceJudgments(byQuery);
    }

    /// <summary>
    /// Reads qrels text: whitespace-separated "query document grade" (three columns) or TREC's
    /// "query iteration document grade" (four). A header line and lines that do not parse are skipped.
    /// </summary>
    public static RelevanceJudgments Parse(TextReader reader)
    {
        var triples = new List<(string, string, int)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length is 3 or 4 && int.TryParse(cols[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade))
            {
                triples.Add((cols[0], cols[^2], grade));
            }
        }

        return From(triples);
    }
}
