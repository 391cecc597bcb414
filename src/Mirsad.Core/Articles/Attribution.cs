namespace Mirsad.Core.Articles;

/// <summary>The attribution that ends a standfirst: "..., Syria TV writes."</summary>
public static class Attribution
{
    /// <summary>
    /// The standfirst as readers see it: ending with ", {source} writes." unless it already names
    /// the source that way. Null when the article has no standfirst.
    /// </summary>
    public static string? Standfirst(Article article)
    {
        var standfirst = article.Standfirst?.Trim();
        if (string.IsNullOrEmpty(standfirst) || article.Source is null)
        {
            return standfirst;
        }

        if (standfirst.EndsWith(" writes.", StringComparison.OrdinalIgnoreCase) || standfirst.EndsWith(" reports.", StringComparison.OrdinalIgnoreCase))
        {
            return standfirst;
        }

        return standfirst.TrimEnd('.', ' ', '…') + ", " + article.Source.Name + " writes.";
    }
}
