namespace Mirsad.Core.Translation;

/// <summary>
/// Optional machine translation of a story's original, as a first draft for the translator. Off unless
/// configured; a failure is reported as a message, never thrown at the newsroom.
/// </summary>
public interface IMachineTranslator
{
    /// <summary>Whether a translation service is configured.</summary>
    bool IsEnabled { get; }

    /// <summary>Translates a headline and text; the result says why when it could not.</summary>
    Task<MachineTranslation> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default);
}
