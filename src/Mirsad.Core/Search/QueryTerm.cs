namespace Mirsad.Core.Search;

/// <summary>A word or an "exact phrase" from a reader's query, as typed (analysis happens in the index).</summary>
public sealed record QueryTerm(string Text, bool IsPhrase);
