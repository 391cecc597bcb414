using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mirsad.Pages;

/// <summary>The page shown for 404s and for errors; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The page could not be shown. The error has been logged.";

    public void OnGet() => Describe(RouteCode ?? StatusCodes.Status500InternalServerError);

    public void OnPost() => Describe(RouteCode ?? StatusCodes.Status500InternalServerError);

    // Read from the route, not bound: a re-executed POST whose form cannot be read (a NUL in a field) binds nothing, and must still answer 400.
    private int? RouteCode => int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private void Describe(int code)
    {
        // Requested directly (/error/404) or re-executed for a failed request: answer with that status.
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        (Title, Explanation) = Response.StatusCode switch
        {
            404 => ("Page not found", "There is no page at this address. It may have moved, or the link may be mistyped."),
            400 => ("Bad request", "The request could not be understood."),
            405 => ("Not allowed", "This address does not accept that kind of request."),
            503 => ("Unavailable", HttpContext.Items[Web.ReadOnlyGate.ReasonItem] as string ?? "This part of the site is unavailable for now."),
            _ => ("Something went wrong", "The page could not be shown. The error has been logged."),
        };
    }
}
