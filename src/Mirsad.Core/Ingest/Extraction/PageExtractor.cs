using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest.Extraction;

/// <summary>
/// Extracts a story from its page: AngleSharp parses the HTML once (bounded in depth), the page's
/// metadata gives canonical address, title, author, date and language, and SmartReader (Readability)
/// finds the main text; when it finds none, the page's paragraphs are taken. Throws
/// <see cref="PageExtractionException"/> for a page with no story text.
/// </summary>
public static class PageExtractor
{
    /// <summary>Deepest element nesting accepted (browsers stop at 512; articles stay far below).</summary>
    public const int MaxDepth = 400;

    /// <summary>Shortest main text taken as a story.</summary>
    public const int MinTextLength = 40;

    /// <summary>Extracts the story of <paramref name="html"/> fetched from <paramref name="url"/>.</summary>
    public static ExtractedPage Extract(string html, Uri url)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        CheckDepth(document);
        var meta = PageMetadata.Read(document, url);

        string text;
        string? content = null;
        string? readerTitle = null, byline = null;
        DateTimeOffset? readerDate = null;
        try
        {
            var article = new SmartReader.Reader(url.AbsoluteUri, document) { DisableJSONLD = false }.GetArticle();
            readerTitle = article.Title;
            byline = article.Byline ?? article.Author;
            readerDate = article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)) : null;
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                content = article.Content;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability gave up on this page; the paragraphs below still give its text.
        }

        text = content is null ? string.Empty : Paragraphs(content);
        if (text.Length < MinTextLength)
        {
            var reparsed = new HtmlParser().ParseDocument(html);
            text = string.Join("\n\n", reparsed.QuerySelectorAll("article p, main p, p").Select(p => PlainText.Collapse(p.TextContent)).Where(p => p.Length > 0).Distinct());
            content = null;
        }

        if (text.Length < MinTextLength)
        {
            throw new PageExtractionException("no story text found on the page");
        }

        var language = meta.Language ?? Script.GuessLanguage(text);
        return new ExtractedPage(
            meta.Title ?? Clean(readerTitle),
            meta.Author ?? Clean(byline),
            meta.PublishedAt ?? readerDate,
            language,
            text,
            content,
            meta.CanonicalUrl);
    }

    private static string Paragraphs(string html) =>
        string.Join("\n\n", HtmlText.Blocks(html).Select(b => b.Text).Where(t => t.Length > 0));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : PlainText.Collapse(value);

    private static void CheckDepth(IHtmlDocument document)
    {
        // Iterative, so that a hostile page cannot exhaust the stack here; after this, recursive readers are safe.
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
        {
            stack.Push((root, 1));
        }

        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                throw new PageExtractionException(string.Create(CultureInfo.InvariantCulture, $"elements nested deeper than {MaxDepth} levels"));
            }

            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }
}
