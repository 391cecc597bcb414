using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>
/// The editor's body text: a small Markdown (paragraphs, "## subheadings", "> quotes") read with Markdig
/// into plain-text blocks. Nothing typed is ever kept as markup: HTML, links and emphasis become their
/// text, other Markdown (lists, code) becomes paragraphs, and the page encodes it all when it renders.
/// </summary>
public static partial class BodyMarkdown
{
    /// <summary>Longest body accepted, in characters.</summary>
    public const int MaxLength = 200_000;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The blocks written in <paramref name="markdown"/>; empty for blank text.</summary>
    public static IReadOnlyList<ArticleBlock> Parse(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var blocks = new List<ArticleBlock>();
        Collect(Markdown.Parse(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), Pipeline), blocks, quoted: false);
        return blocks;
    }

    /// <summary>Blocks as the editor shows them, so that <see cref="Parse"/> gives them back unchanged.</summary>
    public static string Format(IReadOnlyList<ArticleBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Kind switch
    {
        BlockKind.Subheading => "## " + Escape(b.Text),
        BlockKind.Quote => "> " + Escape(b.Text),
        _ => Escape(b.Text),
    }));

    private static void Collect(ContainerBlock container, List<ArticleBlock> blocks, bool quoted)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(blocks, quoted ? BlockKind.Quote : BlockKind.Subheading, InlineText(heading.Inline));
                    break;
                case QuoteBlock quote:
                    Collect(quote, blocks, quoted: true);
                    break;
                case ContainerBlock inner:
                    Collect(inner, blocks, quoted); // lists and list items: their paragraphs
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    Add(blocks, quoted ? BlockKind.Quote : BlockKind.Paragraph, InlineText(leaf.Inline));
                    break;
                case LeafBlock leaf:
                    Add(blocks, quoted ? BlockKind.Quote : BlockKind.Paragraph, leaf.Lines.ToString()); // code and HTML blocks, as text
                    break;
            }
        }
    }

    private static void Add(List<ArticleBlock> blocks, BlockKind kind, string text)
    {
        var clean = Spaces().Replace(text, " ").Trim();
        if (clean.Length > 0)
        {
            blocks.Add(new ArticleBlock(kind, clean));
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlInline html:
                text.Append(html.Tag); // markup typed in the text stays text
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    // Characters Markdown would read as markup are escaped, so text comes back as it was typed.
    private static string Escape(string text)
    {
        var escaped = InlineMarkup().Replace(text, @"\$0");
        if (OrderedMarker().Match(escaped) is { Success: true } number)
        {
            return escaped.Insert(number.Length, "\\"); // "2024\. A year" is not a list
        }

        return LeadingMarker().IsMatch(escaped) ? "\\" + escaped : escaped;
    }

    [GeneratedRegex(@"[\\`*_\[\]<]|&(?=#?[A-Za-z0-9]+;)|!(?=\[)")]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"^\d+(?=[.)])")]
    private static partial Regex OrderedMarker();

    [GeneratedRegex(@"^[#>+=~-]")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
