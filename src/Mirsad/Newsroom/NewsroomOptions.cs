using System.ComponentModel.DataAnnotations;

namespace Mirsad.Newsroom;

/// <summary>Newsroom settings, bound from the "Mirsad:Newsroom" configuration section.</summary>
public sealed class NewsroomOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Newsroom";

    /// <summary>Login form submissions allowed per client address per minute.</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
