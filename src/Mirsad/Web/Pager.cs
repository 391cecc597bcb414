using System.Globalization;

namespace Mirsad.Web;

/// <summary>What the pager partial needs: where we are and how to link to another page.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Url)
{
    /// <summary>A pager for a listing at <paramref name="path"/> that takes ?page=N.</summary>
    public static Pager ForPath(string path, int page, int pageCount) =>
        new(page, pageCount, p => p <= 1 ? path : path + "?page=" + p.ToString(CultureInfo.InvariantCulture));
}
