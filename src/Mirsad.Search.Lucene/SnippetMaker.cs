using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Picks the passages of an article that best match a query and marks the matches. Text is
/// HTML-encoded first, so the only markup in a snippet is the &lt;mark&gt; the highlighter adds.
/// </summary>
internal sealed class SnippetMaker(Analyzer analyzer)
{
    private const int FragmentSize = 160;
    private const int MaxCharsAnalyzed = 20_000;

    public string Make(Query? highlightQuery, string field, string? text, string? fallback)
    {
        if (!string.IsNullOrEmpty(text) && highlightQuery is not null)
        {
            var scorer = new QueryScorer(highlightQuery, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
                MaxDocCharsToAnalyze = MaxCharsAnalyzed,
            };
            var fragments = highlighter.GetBestFragments(analyzer, field, text, 2);
            if (fragments.Length > 0)
            {
                return string.Join(" … ", fragments.Select(f => f.Trim()));
            }
        }

        var plain = !string.IsNullOrWhiteSpace(fallback) ? fallback : text ?? string.Empty;
        return WebUtility.HtmlEncode(PlainText.Truncate(PlainText.Collapse(plain), FragmentSize * 2));
    }
}
