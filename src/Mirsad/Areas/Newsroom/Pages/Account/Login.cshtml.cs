using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Account;

/// <summary>The newsroom login: cookie sign-in, lockout after repeated failures, rate-limited per client address.</summary>
[EnableRateLimiting(NewsroomServices.LoginRateLimit)]
public sealed class LoginModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.CheckLoginAsync(Name ?? string.Empty, Password ?? string.Empty, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        switch (result.Outcome)
        {
            case LoginOutcome.Success:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, NewsroomClaims.For(result.User!, CookieAuthenticationDefaults.AuthenticationScheme));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/newsroom");
            case LoginOutcome.LockedOut:
                Error = $"Too many failed logins. Try again after {result.LockedUntil:HH:mm} UTC.";
                break;
            default:
                Error = "Wrong user name or password.";
                break;
        }

        Password = string.Empty;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
