namespace Mirsad.Core.Articles;

/// <summary>A link the newsroom attached to an article. Text is plain text, never HTML.</summary>
/// <param name="Title">What the link is called on the page.</param>
/// <param name="Url">A site path ("/article/...") or an absolute http(s) address.</param>
/// <param name="Summary">A line about the linked story (roundups), when any.</param>
public sealed record ArticleLink(string Title, string Url, string? Summary = null)
{
    /// <summary>True for a site path or an absolute http(s) address: the only links ever rendered.</summary>
    public bool IsSafe =>
        (Url.StartsWith('/') && !Url.StartsWith("//", StringComparison.Ordinal) && !Url.Contains('\\', StringComparison.Ordinal))
        || (Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
