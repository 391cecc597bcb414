using Ganss.Xss;

namespace Mirsad.Web;

/// <summary>
/// Makes HTML from outside (an outlet's article content) safe to show inside a newsroom page: text
/// structure and links only (no scripts, styles, frames, forms, images or attributes but href), links
/// limited to http(s) and marked nofollow. The site's CSP would block inline code anyway; this keeps the markup clean too.
/// </summary>
public sealed class ForeignHtml
{
    private readonly HtmlSanitizer _sanitizer;

    public ForeignHtml()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "a", "strong", "em", "b", "i", "q", "cite", "figcaption", "table", "thead", "tbody", "tr", "th", "td" })
        {
            _sanitizer.AllowedTags.Add(tag);
        }

        _sanitizer.AllowedAttributes.Clear();
        _sanitizer.AllowedAttributes.Add("href");
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.Add("http");
        _sanitizer.AllowedSchemes.Add("https");
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.AllowedAtRules.Clear();
        _sanitizer.KeepChildNodes = true;
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
    }

    /// <summary>The safe form of <paramref name="html"/>, resolving relative links against <paramref name="baseUrl"/>.</summary>
    public string Sanitize(string html, string? baseUrl) => _sanitizer.Sanitize(html, baseUrl ?? string.Empty);
}
