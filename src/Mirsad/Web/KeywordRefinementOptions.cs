using System.ComponentModel.DataAnnotations;

namespace Mirsad.Web;

/// <summary>Settings of the background keyword refinement ("Mirsad:Keywords").</summary>
public sealed class KeywordRefinementOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Keywords";

    /// <summary>Re-rank stored articles' keywords by meaning in the background (the MiniLM model, one thread).</summary>
    public bool Refine { get; set; } = true;

    /// <summary>How often the store's change log is looked at for new articles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}
