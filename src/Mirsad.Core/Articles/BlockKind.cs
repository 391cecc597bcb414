namespace Mirsad.Core.Articles;

/// <summary>The kinds of block an article body is made of.</summary>
public enum BlockKind
{
    /// <summary>An ordinary paragraph.</summary>
    Paragraph,

    /// <summary>A subheading that opens a part of the body ("Russia's Shifting Strategy Post-Assad").</summary>
    Subheading,

    /// <summary>A quoted passage, set apart from the running text.</summary>
    Quote,
}
