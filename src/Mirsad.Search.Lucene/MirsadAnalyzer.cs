using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Mirsad.Search.Lucene;

/// <summary>
/// The analyzers of the index: English text through Lucene's English chain (possessives, lower case,
/// stop words, Porter stemming), Arabic through Lucene's tokenizer and stop words and then
/// <see cref="ArabicStemmer"/> (letter variants, clitics, pronouns, broken plurals, light suffixes);
/// other fields are not analyzed. Values of the multi-valued text field are kept apart by a position gap, so a phrase
/// never runs from the headline into the body; offsets step over each value by a known gap, which
/// lets snippets map postings offsets back into the body.
/// </summary>
internal sealed class MirsadAnalyzer : AnalyzerWrapper
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions between two values of the text field.</summary>
    public const int PositionGap = 100;

    /// <summary>Characters of offset between two values of the text field.</summary>
    public const int OffsetGap = 1;

    private readonly Analyzer _english = new EnglishAnalyzer(Version);
    private readonly Analyzer _arabic = new ArabicStemmingAnalyzer();
    private readonly Analyzer _keyword = new KeywordAnalyzer();
    private readonly Analyzer _words = new WordsAnalyzer();

    public MirsadAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    public override int GetPositionIncrementGap(string fieldName) => PositionGap;

    public override int GetOffsetGap(string fieldName) => OffsetGap;

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => fieldName switch
    {
        "text_en" => _english,
        "text_ar" => _arabic,
        LuceneFields.Words or LuceneFields.HeadlineWords => _words,
        _ => _keyword,
    };

    /// <summary>Words as written: lower case, Arabic letter variants folded, nothing stemmed or dropped.</summary>
    private sealed class WordsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new ArabicNormalizationFilter(new LowerCaseFilter(Version, tokenizer)));
        }
    }

    /// <summary>Arabic: standard tokens, lower case (for Latin words inside), Lucene's Arabic stop words, then <see cref="ArabicStemmer"/>.</summary>
    private sealed class ArabicStemmingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            var stopped = new StopFilter(Version, new LowerCaseFilter(Version, tokenizer), ArabicAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(tokenizer, new ArabicStemmingFilter(stopped));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _english.Dispose();
            _arabic.Dispose();
            _keyword.Dispose();
            _words.Dispose();
        }

        base.Dispose(disposing);
    }
}
