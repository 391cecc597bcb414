using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Mirsad.Search.Lucene;

/// <summary>Runs an analyzer over a short text (a query word, a phrase, what is typed in the box).</summary>
internal static class AnalyzerTokens
{
    /// <summary>The tokens of <paramref name="text"/> as <paramref name="field"/> indexes them, with positions, at most <paramref name="max"/>.</summary>
    public static List<(string Text, int Position)> Tokens(this Analyzer analyzer, string field, string text, int max)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && tokens.Count < max)
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
