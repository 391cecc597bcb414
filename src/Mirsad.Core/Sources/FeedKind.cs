namespace Mirsad.Core.Sources;

/// <summary>The format of a source's feed; <see cref="Auto"/> means "look at what arrives".</summary>
public enum FeedKind
{
    /// <summary>Decided from the document: RSS, Atom, JSON Feed or a news sitemap.</summary>
    Auto,

    /// <summary>RSS 2.0 (or 0.9x/1.0).</summary>
    Rss,

    /// <summary>Atom 1.0.</summary>
    Atom,

    /// <summary>JSON Feed 1.x.</summary>
    Json,

    /// <summary>A site's news sitemap (sitemaps.org urlset with Google News extensions).</summary>
    Sitemap,
}
