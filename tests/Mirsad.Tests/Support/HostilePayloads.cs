using AngleSharp.Dom;

namespace Mirsad.Tests.Support;

/// <summary>Cross-site scripting payloads and injection strings, and the checks that a page kept them inert.</summary>
internal static class HostilePayloads
{
    /// <summary>A battery of markup that would run script if a page rendered it as HTML.</summary>
    public static readonly string[] Xss =
    [
        "<script>alert('xss')</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</textarea><script>alert(2)</script>",
        "<iframe src=\"javascript:alert(3)\"></iframe>",
        "<a href=\"javascript:alert(4)\">click</a>",
        "[click](javascript:alert(5))",
        "<details open ontoggle=alert(6)>",
        "{{constructor.constructor('alert(7)')()}}",
        "<style>*{background:url(javascript:alert(8))}</style>",
    ];

    /// <summary>SQL and search-syntax injection strings.</summary>
    public static readonly string[] Injection =
    [
        "'; DROP TABLE articles; --",
        "\" OR 1=1 --",
        "%' OR '1'='1",
        "Robert'); DELETE FROM users; --",
        "1; UPDATE articles SET status='Published'",
        "headline:* OR body:(a AND b)^10 ~2 [a TO z] {x TO y}",
        "*:* \\ / ! ? \" ( ) [ ] { } ^ ~ && || -",
        "AND OR NOT",
        "'\u2028\u202E",
    ];

    /// <summary>All the XSS payloads in one line, for fields that take one text.</summary>
    public static string OneLine => string.Join(" ", Xss);

    /// <summary>Asserts that a parsed page runs no script but its own and carries no event handler or script address.</summary>
    public static void AssertInert(IDocument page, string where)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json")
            {
                // The article page's structured data: inert data, as long as it stays JSON with every '<' escaped.
                Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                continue;
            }

            Assert.True(script.GetAttribute("src")?.StartsWith("/assets/", StringComparison.Ordinal) == true && script.TextContent.Length == 0, $"{where}: a script element that is not the site's own: {script.OuterHtml}");
        }

        // The site's own SVG is the attention chart of a keyword page (figure.attention > svg); any other is injected.
        var injected = page.QuerySelectorAll("iframe, svg, object, embed, style, details[ontoggle]")
            .Where(e => !(e.LocalName == "svg" && e.ParentElement is { LocalName: "figure" } figure && figure.ClassList.Contains("attention")))
            .ToList();
        Assert.True(injected.Count == 0, $"{where}: an injected element");
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: an event handler attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                {
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{where}: a javascript: address in {attribute.Name}");
                }
            }
        }
    }
}
