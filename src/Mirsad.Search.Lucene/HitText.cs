namespace Mirsad.Search.Lucene;

/// <summary>A hit's text for its snippet: the indexed text field, the body, where the body starts in that field's offsets, and what to show when nothing matches.</summary>
internal readonly record struct HitText(string Field, string Body, int BodyStart, string? Fallback);
