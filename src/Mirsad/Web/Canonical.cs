using System.Globalization;

namespace Mirsad.Web;

/// <summary>The canonical address of a page, when the page does not name its own.</summary>
public static class Canonical
{
    /// <summary>
    /// The page's path with only the query parameter that changes what it lists (page, when past the
    /// first): tracking, sorting or malformed parameters name the same page.
    /// </summary>
    public static string ForListing(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.HasValue ? request.Path.ToUriComponent() : "/";
        return int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}")
            : path;
    }
}
