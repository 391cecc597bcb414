namespace Mirsad.Core.Articles;

/// <summary>Where an article stands in the newsroom's workflow. Only <see cref="Published"/> is shown to readers.</summary>
public enum ArticleStatus
{
    /// <summary>Created, nobody working on it yet.</summary>
    Draft,

    /// <summary>A translator is working on it.</summary>
    InTranslation,

    /// <summary>An editor is working on it.</summary>
    InEditing,

    /// <summary>Edited and ready to publish.</summary>
    Ready,

    /// <summary>Will be published at its scheduled time.</summary>
    Scheduled,

    /// <summary>Visible on the site, in search and in feeds.</summary>
    Published,

    /// <summary>Was published and has been taken down.</summary>
    Unpublished,
}
