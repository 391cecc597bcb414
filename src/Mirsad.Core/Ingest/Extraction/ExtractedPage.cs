namespace Mirsad.Core.Ingest.Extraction;

/// <summary>What an article page gave: its main text and the facts around it.</summary>
/// <param name="Title">The story's title, when the page names one.</param>
/// <param name="Author">The byline, when there is one.</param>
/// <param name="PublishedAt">Publication time from the page's metadata, when given.</param>
/// <param name="Language">ISO 639-1 code from the page (html lang) or guessed from its letters.</param>
/// <param name="Text">The main text, paragraphs separated by blank lines.</param>
/// <param name="ContentHtml">The main content as HTML (untrusted: sanitise before showing).</param>
/// <param name="CanonicalUrl">The address the page names as canonical (rel=canonical), when absolute http(s).</param>
public sealed record ExtractedPage(string? Title, string? Author, DateTimeOffset? PublishedAt, string Language, string Text, string? ContentHtml, string? CanonicalUrl);
