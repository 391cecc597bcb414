namespace Mirsad.Core.Articles;

/// <summary>One block of an article body. Text is plain text, never HTML.</summary>
public sealed record ArticleBlock(BlockKind Kind, string Text)
{
    /// <summary>A paragraph block.</summary>
    public static ArticleBlock Paragraph(string text) => new(BlockKind.Paragraph, text);

    /// <summary>A subheading block.</summary>
    public static ArticleBlock Subheading(string text) => new(BlockKind.Subheading, text);

    /// <summary>A quote block.</summary>
    public static ArticleBlock Quote(string text) => new(BlockKind.Quote, text);
}
