namespace Mirsad.Core.Translation;

/// <summary>What to translate.</summary>
/// <param name="Headline">The original headline, when any.</param>
/// <param name="Text">The original text (paragraphs separated by blank lines).</param>
/// <param name="From">Language of the original (ISO 639-1), such as "ar".</param>
/// <param name="To">Language wanted, such as "en".</param>
public sealed record TranslationRequest(string? Headline, string Text, string From, string To);
