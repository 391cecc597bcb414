namespace Mirsad.Core.Search;

/// <summary>How search results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Newest,

    /// <summary>
    /// Best match with a preference for recent articles: relevance blended with freshness, so of two
    /// similar matches the newer comes first (the site's default).
    /// </summary>
    RelevanceAndFreshness,
}
