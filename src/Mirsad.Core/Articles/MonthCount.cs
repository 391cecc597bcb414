namespace Mirsad.Core.Articles;

/// <summary>Published articles in one calendar month.</summary>
public sealed record MonthCount(int Year, int Month, int Count);
