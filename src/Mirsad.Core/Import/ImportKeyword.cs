using Mirsad.Core.Keywords;

namespace Mirsad.Core.Import;

/// <summary>A keyword named by an imported record, before it is resolved through the vocabulary.</summary>
public sealed record ImportKeyword(string Name, KeywordKind? Kind);
