using System.Globalization;

namespace Mirsad.Core.Relevance;

/// <summary>A search run: for each query id, the returned document ids best first (a TREC run file).</summary>
public sealed class RankedRun
{
    private readonly Dictionary<string, IReadOnlyList<string>> _byQuery;

    private RankedRun(Dictionary<string, IReadOnlyList<string>> byQuery) => _byQuery = byQuery;

    /// <summary>The ranked documents for a query; empty when the run has none.</summary>
    public IReadOnlyList<string> Ranking(string queryId) => _byQuery.TryGetValue(queryId, out var docs) ? docs : [];

    /// <summary>Builds a run from rankings already in order.</summary>
    public static RankedRun From(IEnumerable<(string Query, IReadOnlyList<string> Documents)> rankings) =>
        new(rankings.ToDictionary(r => r.Query, r => r.Documents, StringComparer.Ordinal));

    /// <summary>
    /// Reads TREC run lines (<c>QID Q0 DOCID RANK SCORE TAG</c>). Like trec_eval, documents are
    /// ordered by score (highest first), ties broken by document id descending; a document listed
    /// twice for a query counts once. Lines that do not parse are skipped.
    /// </summary>
    public static RankedRun Parse(TextReader reader)
    {
        var lines = new Dictionary<string, List<(string Doc, double Score)>>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 5 || !double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                continue;
            }

            if (!lines.TryGetValue(cols[0], out var list))
            {
                list = [];
                lines[cols[0]] = list;
            }

            list.Add((cols[2], score));
        }

        return new RankedRun(lines.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<string>)kv.Value
                .OrderByDescending(d => d.Score).ThenByDescending(d => d.Doc, StringComparer.Ordinal)
                .Select(d => d.Doc).Distinct(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal));
    }
}
