using System.ComponentModel.DataAnnotations;

namespace Mirsad.Translation;

/// <summary>
/// Optional machine translation through an OpenAI-compatible chat endpoint; bound from "Mirsad:Translation".
/// Off unless <see cref="Endpoint"/> is set.
/// </summary>
public sealed class TranslationOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Translation";

    /// <summary>The service's base address, such as "https://api.openai.com/v1" or a local server's "/v1"; empty means off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The API key sent as a bearer token (a local server may not need one).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model to ask.</summary>
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>How long one translation may take.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 90;

    /// <summary>Longest original sent, in characters.</summary>
    [Range(100, 200_000)]
    public int MaxCharacters { get; set; } = 40_000;

    /// <summary>Whether a service is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Mirsad:Translation:Endpoint must be an http(s) address.", [nameof(Endpoint)]);
        }
    }
}
