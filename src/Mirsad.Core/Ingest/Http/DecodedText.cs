namespace Mirsad.Core.Ingest.Http;

/// <summary>A body read as text, with the charset used and a note when the declared one was wrong.</summary>
public sealed record DecodedText(string Text, string Charset, string? Note = null);
