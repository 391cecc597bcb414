using System.ComponentModel.DataAnnotations;

namespace Mirsad.Web;

/// <summary>Settings of the background keyword refinement ("Mirsad:Keywords").</summary>
public sealed class KeywordRefinementOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Keywords";

    /// <summary>Re-rank stored articles' keywords by meaning in the background (the MiniLM model, one thread).</summary>
    public bool Refine { get; set; } = true;

    /// <summary>
    /// On the first start over an existing archive, re-rank what is already stored only when the store has at
    /// most this many changes (the model takes 0.05-0.2 s an article on one core); later articles always are.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long BackfillLimit { get; set; } = 20_000;

    /// <summary>How often the store's change log is looked at for new articles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}
