namespace Mirsad.Core.Keywords;

/// <summary>The keywords index page: what is trending, and every keyword in use.</summary>
/// <param name="Trending">Keywords on the most articles of the last <see cref="KeywordDirectory.TrendingDays"/> days, most first.</param>
/// <param name="All">Keywords in use, A to Z.</param>
public sealed record KeywordIndex(IReadOnlyList<KeywordCount> Trending, IReadOnlyList<KeywordCount> All);
