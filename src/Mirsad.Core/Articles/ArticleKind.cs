namespace Mirsad.Core.Articles;

/// <summary>What sort of article it is.</summary>
public enum ArticleKind
{
    /// <summary>One story, usually translated from one outlet.</summary>
    Story,

    /// <summary>A summary that gathers several published stories ("What happened this week").</summary>
    Roundup,
}
