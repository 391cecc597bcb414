namespace Mirsad.Core.Search;

/// <summary>How search results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Newest,
}
