namespace Mirsad.Web;

/// <summary>An article suggested while typing, by headline, with its page.</summary>
public sealed record ApiSuggestedArticle(string Headline, string Url, string Language);
