using Mirsad.Core.Articles;

namespace Mirsad.Core.Keywords;

/// <summary>Everything a keyword's profile page ("Who's who") shows.</summary>
/// <param name="Profile">Kind, name, counts, first and last seen, the editors' short profile.</param>
/// <param name="Aliases">Other names it goes by, in every script (the editors' and the vocabulary's).</param>
/// <param name="Cooccurring">The keywords most often on the same articles.</param>
/// <param name="Sources">The outlets that cover it most.</param>
/// <param name="Months">Published articles per month, oldest first, months without any included as zero.</param>
public sealed record KeywordPage(
    KeywordProfile Profile,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<KeywordCount> Cooccurring,
    IReadOnlyList<KeywordSourceCount> Sources,
    IReadOnlyList<MonthCount> Months);
