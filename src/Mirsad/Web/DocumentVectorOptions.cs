using System.ComponentModel.DataAnnotations;

namespace Mirsad.Web;

/// <summary>Settings of the background meaning vectors behind the hybrid re-rank ("Mirsad:Search").</summary>
public sealed class DocumentVectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Search";

    /// <summary>Compute published articles' meaning vectors in the background (the MiniLM model, one thread).</summary>
    public bool Vectors { get; set; } = true;

    /// <summary>How often the store's change log is looked at for new articles.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}
