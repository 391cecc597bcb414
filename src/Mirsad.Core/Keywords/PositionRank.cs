using Mirsad.Core.Keywords.Grammar;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Word scores by PositionRank (Florescu and Caragea, ACL 2017): a graph of the article's nouns and
/// adjectives, linked when they occur within a few words of each other, ranked by PageRank biased
/// towards words that occur early and often. A phrase's score is built from its words' scores.
/// </summary>
internal static class PositionRank
{
    private const int Window = 10;
    private const double Damping = 0.85;
    private const int Iterations = 25;

    public static Dictionary<string, double> Score(IReadOnlyList<TextPart> parts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sequence = new List<(int Id, int Position)>();
        var bias = new List<double>();
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Tokens.Count; i++)
            {
                var t = part.Tokens[i];
                if (!IsContent(t, part.Tags[i]))
                {
                    continue;
                }

                var stem = part.Stem(i);
                if (!ids.TryGetValue(stem, out var id))
                {
                    id = ids.Count;
                    ids[stem] = id;
                    bias.Add(0);
                }

                var position = part.Offset + i + 1;
                bias[id] += 1.0 / position;
                sequence.Add((id, position));
            }
        }

        var n = ids.Count;
        var scores = new Dictionary<string, double>(n, StringComparer.Ordinal);
        if (n == 0)
        {
            return scores;
        }

        // Each co-occurrence is one unit of edge weight; the pair list is walked on every iteration,
        // which for an article's few hundred pairs is cheaper than building a weighted graph.
        var pairs = new List<(int X, int Y)>(sequence.Count * 4);
        var outWeight = new double[n];
        for (var a = 0; a < sequence.Count; a++)
        {
            for (var b = a + 1; b < sequence.Count && sequence[b].Position - sequence[a].Position < Window; b++)
            {
                var (x, y) = (sequence[a].Id, sequence[b].Id);
                if (x != y)
                {
                    pairs.Add((x, y));
                    outWeight[x]++;
                    outWeight[y]++;
                }
            }
        }

        var totalBias = bias.Sum();
        var p = new double[n];
        for (var k = 0; k < n; k++)
        {
            p[k] = bias[k] / totalBias;
        }

        var s = (double[])p.Clone();
        var next = new double[n];
        var share = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var x = 0; x < n; x++)
            {
                share[x] = outWeight[x] == 0 ? 0 : s[x] / outWeight[x];
            }

            Array.Clear(next);
            foreach (var (x, y) in pairs)
            {
                next[y] += share[x];
                next[x] += share[y];
            }

            for (var x = 0; x < n; x++)
            {
                next[x] = ((1 - Damping) * p[x]) + (Damping * next[x]);
            }

            (s, next) = (next, s);
        }

        foreach (var (stem, id) in ids)
        {
            scores[stem] = s[id] * n; // scaled so an average word scores about 1
        }

        return scores;
    }

    private static bool IsContent(KeywordToken t, WordClass tag)
    {
        if (t.IsArticle || t.IsNumber)
        {
            return false;
        }

        if (t.Arabic)
        {
            return t.Key.Length >= 3 && !StopWords.Contains(t);
        }

        return (tag & (WordClass.Noun | WordClass.ProperNoun | WordClass.Adjective)) != 0 && t.Key.Length >= 2 && !StopWords.English.Contains(t.Key);
    }
}
