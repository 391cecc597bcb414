using System.Net;
using System.Text;
using Lucene.Net.Index;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Picks the passage of an article's body that best matches a query and marks the matches, from the
/// offsets the index keeps with each posting: no text is analyzed again, so a results page costs
/// a few postings lookups per hit. Text is HTML-encoded, so the only markup in a snippet is &lt;mark&gt;.
/// </summary>
internal static class SnippetMaker
{
    /// <summary>Characters of body a snippet shows at most.</summary>
    public const int Window = 240;

    private const int Lead = 40;

    /// <summary>
    /// Snippets for hits of one search. <paramref name="docs"/> are the hits' document numbers,
    /// <paramref name="texts"/> their text field, body, where the body starts in the field's offsets,
    /// and a fallback; <paramref name="terms"/> the query's terms. Postings are read once per segment
    /// and term, advancing through the hits in document order.
    /// </summary>
    public static string[] Make(IndexReader reader, int[] docs, HitText[] texts, IReadOnlyCollection<Term> terms)
    {
        var spans = new List<(int Start, int End, int Term)>[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            spans[i] = [];
        }

        var order = Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]).ToArray();
        var termList = terms.ToList();
        foreach (var leaf in reader.Leaves)
        {
            var inLeaf = order.Where(i => docs[i] >= leaf.DocBase && docs[i] < leaf.DocBase + leaf.AtomicReader.MaxDoc).ToArray();
            if (inLeaf.Length > 0)
            {
                CollectSpans(leaf, inLeaf, docs, texts, termList, spans);
            }
        }

        var snippets = new string[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            var (_, body, _, fallback) = texts[i];
            if (spans[i].Count == 0)
            {
                var plain = !string.IsNullOrWhiteSpace(fallback) ? fallback : body;
                snippets[i] = WebUtility.HtmlEncode(PlainText.Truncate(PlainText.Collapse(plain), Window));
                continue;
            }

            spans[i].Sort((a, b) => a.Start.CompareTo(b.Start));
            var (from, to) = BestWindow(spans[i], body);
            snippets[i] = Render(body, spans[i], from, to);
        }

        return snippets;
    }

    private static void CollectSpans(AtomicReaderContext leaf, int[] hits, int[] docs, HitText[] texts, List<Term> terms, List<(int Start, int End, int Term)>[] spans)
    {
        DocsAndPositionsEnum? postings = null;
        foreach (var field in hits.Select(i => texts[i].Field).Distinct())
        {
            var termsEnum = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            for (var t = 0; termsEnum is not null && t < terms.Count; t++)
            {
                if (terms[t].Field != field || !termsEnum.SeekExact(terms[t].Bytes))
                {
                    continue;
                }

                postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                foreach (var i in hits)
                {
                    var local = docs[i] - leaf.DocBase;
                    if (postings is null || texts[i].Field != field || postings.DocID > local || (postings.DocID < local && postings.Advance(local) != local))
                    {
                        continue;
                    }

                    var (_, body, bodyStart, _) = texts[i];
                    for (var n = postings.Freq; n > 0; n--)
                    {
                        postings.NextPosition();
                        var start = postings.StartOffset - bodyStart;
                        var end = postings.EndOffset - bodyStart;
                        if (start >= 0 && end <= body.Length && end > start)
                        {
                            spans[i].Add((start, end, t));
                        }
                    }
                }
            }
        }
    }

    // The window of body text with the most distinct query terms, then the most matches.
    private static (int From, int To) BestWindow(List<(int Start, int End, int Term)> spans, string body)
    {
        int bestFirst = 0, bestScore = -1;
        var seen = new Dictionary<int, int>();
        var first = 0;
        for (var last = 0; last < spans.Count; last++)
        {
            seen[spans[last].Term] = seen.GetValueOrDefault(spans[last].Term) + 1;
            while (spans[last].End - spans[first].Start > Window - Lead)
            {
                var term = spans[first].Term;
                if (--seen[term] == 0)
                {
                    seen.Remove(term);
                }

                first++;
            }

            var score = (seen.Count * 1000) + (last - first + 1);
            if (score > bestScore)
            {
                bestScore = score;
                bestFirst = first;
            }
        }

        var from = SentenceOrWordStart(body, spans[bestFirst].Start);
        var to = Math.Min(body.Length, from + Window);
        if (to < body.Length)
        {
            var space = body.LastIndexOf(' ', to - 1, Math.Min(to - from, 40));
            to = space > from ? space : to;
        }

        return (from, to);
    }

    private static int SentenceOrWordStart(string body, int match)
    {
        var limit = Math.Max(0, match - Lead);
        for (var i = match - 1; i >= limit; i--)
        {
            if (body[i] is '\n' || (i > 0 && body[i] == ' ' && body[i - 1] is '.' or '!' or '?' or '؟'))
            {
                return i + 1;
            }
        }

        if (limit == 0)
        {
            return 0;
        }

        var space = body.IndexOf(' ', limit, match - limit);
        return space < 0 ? match : space + 1;
    }

    private static string Render(string body, List<(int Start, int End, int Term)> spans, int from, int to)
    {
        var sb = new StringBuilder(Window + 64);
        if (from > 0)
        {
            sb.Append("… ");
        }

        var at = from;
        foreach (var (start, end, _) in spans)
        {
            if (start < at || end > to)
            {
                continue;
            }

            Encode(sb, body, at, start);
            sb.Append("<mark>");
            Encode(sb, body, start, end);
            sb.Append("</mark>");
            at = end;
        }

        Encode(sb, body, at, to);
        if (to < body.Length)
        {
            sb.Append(" …");
        }

        return sb.ToString();
    }

    private static void Encode(StringBuilder sb, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n' or '\r' or '\t': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
    }
}
