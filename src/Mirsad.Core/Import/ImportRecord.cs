using Mirsad.Core.Articles;

namespace Mirsad.Core.Import;

/// <summary>One parsed import line: the article (keywords not yet chosen), the keywords it named, and any warnings.</summary>
public sealed record ImportRecord(Article Article, IReadOnlyList<ImportKeyword> Keywords, IReadOnlyList<string> Warnings);
