using Mirsad.Core.Sources;

namespace Mirsad.Core.Articles;

/// <summary>The attribution that ends a standfirst: "..., Syria TV writes."</summary>
public static class Attribution
{
    /// <summary>The attribution the newsroom fills in when nobody has written one; {0} is the source's name.</summary>
    public const string DefaultTemplate = "{0} writes.";

    /// <summary>
    /// The standfirst as readers see it: ending with ", {source} writes." unless its last clause already
    /// names the source (as the newsroom's edited attribution does). Null when the article has no standfirst.
    /// </summary>
    public static string? Standfirst(Article article)
    {
        var standfirst = article.Standfirst?.Trim();
        if (string.IsNullOrEmpty(standfirst) || article.Source is null || Split(standfirst, article.Source).Attribution is not null)
        {
            return standfirst;
        }

        return Compose(standfirst, article.Source.Name + " writes.");
    }

    /// <summary>The attribution of <paramref name="source"/> made from a template such as "{0} writes."; null without a source.</summary>
    public static string? For(SourceOutlet? source, string template = DefaultTemplate) =>
        source is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, source.Name);

    /// <summary>Joins a standfirst and its attribution: "Putin's message ... landscape" + "Syria TV writes." gives "Putin's message ... landscape, Syria TV writes."</summary>
    public static string? Compose(string? standfirst, string? attribution)
    {
        var text = standfirst?.Trim();
        var credit = attribution?.Trim();
        if (string.IsNullOrEmpty(credit))
        {
            return string.IsNullOrEmpty(text) ? null : text;
        }

        return string.IsNullOrEmpty(text) ? credit : text.TrimEnd('.', ' ', '…', ',') + ", " + credit;
    }

    /// <summary>
    /// Splits a standfirst into its text and the attribution that ends it: the last clause when it names
    /// the source or ends in "writes."/"reports."; the attribution is null when there is none.
    /// </summary>
    public static (string? Text, string? Attribution) Split(string? standfirst, SourceOutlet? source)
    {
        var text = standfirst?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        var last = comma < 0 ? text : text[(comma + 2)..];
        var attributed = (source is not null && last.Contains(source.Name, StringComparison.OrdinalIgnoreCase))
            || last.EndsWith(" writes.", StringComparison.OrdinalIgnoreCase)
            || last.EndsWith(" reports.", StringComparison.OrdinalIgnoreCase);
        if (!attributed)
        {
            return (text, null);
        }

        return comma < 0 ? (null, last) : (text[..comma], last);
    }
}
