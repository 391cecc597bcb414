namespace Mirsad.Web;

/// <summary>A keyword suggested while typing, with its page and number of articles.</summary>
public sealed record ApiSuggestedKeyword(string Name, string Slug, string Url, int Count);
