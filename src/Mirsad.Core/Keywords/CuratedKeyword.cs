namespace Mirsad.Core.Keywords;

/// <summary>A keyword as editors set it: its name, kind and aliases, and whether it is blocked or merged.</summary>
/// <param name="Keyword">Name, kind and every alias (both scripts).</param>
/// <param name="Blocked">Never given to an article automatically.</param>
/// <param name="MergedInto">The slug of the keyword it was merged into; null when it stands on its own.</param>
public sealed record CuratedKeyword(Keyword Keyword, bool Blocked = false, string? MergedInto = null);
