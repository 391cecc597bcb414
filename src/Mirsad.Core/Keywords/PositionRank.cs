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

                var stem = t.Arabic ? t.Key : PorterStemmer.Stem(t.Key);
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

        var edges = new Dictionary<int, double>[n];
        for (var k = 0; k < n; k++)
        {
            edges[k] = [];
        }

        for (var a = 0; a < sequence.Count; a++)
        {
            for (var b = a + 1; b < sequence.Count && sequence[b].Position - sequence[a].Position < Window; b++)
            {
                var (x, y) = (sequence[a].Id, sequence[b].Id);
                if (x != y)
                {
                    edges[x][y] = edges[x].GetValueOrDefault(y) + 1;
                    edges[y][x] = edges[y].GetValueOrDefault(x) + 1;
                }
            }
        }

        var totalBias = bias.Sum();
        var p = bias.Select(b => b / totalBias).ToArray();
        var outWeight = edges.Select(e => e.Values.Sum()).ToArray();
        var s = (double[])p.Clone();
        var next = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(next);
            for (var x = 0; x < n; x++)
            {
                if (outWeight[x] == 0)
                {
                    continue;
                }

                var share = s[x] / outWeight[x];
                foreach (var (y, w) in edges[x])
                {
                    next[y] += share * w;
                }
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
