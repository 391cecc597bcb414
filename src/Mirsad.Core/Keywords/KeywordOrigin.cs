namespace Mirsad.Core.Keywords;

/// <summary>How a keyword came to be attached to an article.</summary>
public enum KeywordOrigin
{
    /// <summary>Extracted automatically from the text.</summary>
    Auto,

    /// <summary>Given by the imported record.</summary>
    Import,

    /// <summary>Chosen or pinned by an editor; survives re-extraction.</summary>
    Editor,
}
