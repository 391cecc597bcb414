using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Accounts;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Account;

/// <summary>First run: the first admin account, reachable only from 127.0.0.1 and only while there are no users.</summary>
public sealed class SetupModel(AccountService accounts, IUserStore users) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await AvailableAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await AvailableAsync(cancellationToken))
        {
            return NotFound();
        }

        Error = await accounts.CreateAsync(Name ?? string.Empty, UserRole.Admin, Password ?? string.Empty, "setup", cancellationToken);
        return Error is null ? LocalRedirect("/newsroom/login") : Page();
    }

    private async Task<bool> AvailableAsync(CancellationToken cancellationToken) =>
        HttpContext.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && await users.CountAsync(cancellationToken) == 0;
}
