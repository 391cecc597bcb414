namespace Mirsad.Core.Translation;

/// <summary>A machine translation, or why there is none.</summary>
/// <param name="Headline">The translated headline, when one was asked for.</param>
/// <param name="Text">The translated text (paragraphs separated by blank lines).</param>
/// <param name="Error">Why nothing was translated; null on success.</param>
/// <param name="Provider">Which service and model translated it, for the revision note.</param>
public sealed record MachineTranslation(string? Headline, string? Text, string? Error = null, string? Provider = null)
{
    /// <summary>Whether there is a translation.</summary>
    public bool Ok => Error is null;

    /// <summary>A result that only says why not.</summary>
    public static MachineTranslation Failed(string error) => new(null, null, error);
}
