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

    /// <summary>The attribution the editor fills in from a story's source; {0} is the source's name ("Syria TV writes.").</summary>
    [Required]
    [StringLength(200, MinimumLength = 3)]
    [RegularExpression(@".*\{0\}.*", ErrorMessage = "The attribution template must contain {{0}} for the source's name.")]
    public string AttributionTemplate { get; set; } = Core.Articles.Attribution.DefaultTemplate;
}
