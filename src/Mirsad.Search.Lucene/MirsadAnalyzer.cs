using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Mirsad.Search.Lucene;

/// <summary>
/// The analyzers of the index: English text fields through Lucene's English chain (possessives,
/// lower case, stop words, Porter stemming), Arabic ones through its Arabic chain (normalisation of
/// hamza/alef/yaa/taa marbuta and diacritics, stop words, light stemming); keyword fields are not analyzed.
/// </summary>
internal static class MirsadAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create()
    {
        var english = new EnglishAnalyzer(Version);
        var arabic = new ArabicAnalyzer(Version);
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var kind in new[] { "title_", "standfirst_", "body_" })
        {
            perField[kind + LuceneFields.English] = english;
            perField[kind + LuceneFields.Arabic] = arabic;
        }

        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }
}
