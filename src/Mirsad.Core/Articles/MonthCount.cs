using System.Globalization;

namespace Mirsad.Core.Articles;

/// <summary>Published articles in one calendar month.</summary>
public sealed record MonthCount(int Year, int Month, int Count)
{
    /// <summary>The month key stores keep beside a date ("2025-03", UTC), to count by month.</summary>
    public static string? Key(DateTimeOffset? date) => date?.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A month key ("2025-03") with its count.</summary>
    public static MonthCount FromKey(string key, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(int.Parse(key[..4], CultureInfo.InvariantCulture), int.Parse(key[5..7], CultureInfo.InvariantCulture), count);
    }
}
