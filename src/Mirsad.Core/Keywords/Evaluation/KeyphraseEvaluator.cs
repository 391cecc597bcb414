using System.Text;
using Mirsad.Core.Keywords.Grammar;

namespace Mirsad.Core.Keywords.Evaluation;

/// <summary>
/// Scores extracted keyphrases against gold ones under the standard protocol (as in Gallina, Boudin
/// and Daille 2020): each phrase is lower-cased, split into words at anything not a letter or digit,
/// every word Porter-stemmed; a prediction counts when its stemmed phrase equals a gold one exactly;
/// duplicate stemmed phrases are removed (predictions before the cut-off, so a repeat never takes a
/// slot); precision, recall and F1 are computed per document and averaged over documents.
/// </summary>
public sealed class KeyphraseEvaluator
{
    private readonly List<(List<string> Predicted, HashSet<string> Gold)> _documents = [];

    /// <summary>The cut-offs reported when no other is asked for.</summary>
    public static IReadOnlyList<int> DefaultCutoffs { get; } = [5, 10];

    /// <summary>Documents added so far.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>The comparison form of a phrase: lower-case, stemmed words joined by single spaces.</summary>
    public static string Normalize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var result = new StringBuilder(phrase.Length);
        var word = new StringBuilder(16);
        foreach (var c in phrase.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                if (result.Length > 0)
                {
                    result.Append(' ');
                }

                result.Append(PorterStemmer.Stem(word.ToString()));
                word.Clear();
            }
        }

        return result.ToString();
    }

    /// <summary>Adds one document: its predictions best first, and its gold keyphrases in any order.</summary>
    public void Add(IEnumerable<string> predicted, IEnumerable<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ranked = predicted.Select(Normalize).Where(p => p.Length > 0 && seen.Add(p)).ToList();
        var goldSet = gold.Select(Normalize).Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
        _documents.Add((ranked, goldSet));
    }

    /// <summary>The scores at <paramref name="cutoff"/>, averaged over the documents added.</summary>
    public KeyphraseScore Score(int cutoff)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cutoff, 1);
        double precision = 0, recall = 0, f1 = 0;
        foreach (var (predicted, gold) in _documents)
        {
            var top = predicted.Take(cutoff).ToList();
            var matches = top.Count(gold.Contains);
            var p = top.Count == 0 ? 0 : (double)matches / top.Count;
            var r = gold.Count == 0 ? 0 : (double)matches / gold.Count;
            precision += p;
            recall += r;
            f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        var n = Math.Max(1, _documents.Count);
        return new KeyphraseScore(cutoff, precision / n, recall / n, f1 / n);
    }
}
