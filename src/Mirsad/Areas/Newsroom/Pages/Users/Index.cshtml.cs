using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Accounts;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Users;

/// <summary>Admins manage accounts: add users, change roles, disable.</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class UsersModel(IUserStore users, AccountService accounts) : PageModel
{
    public IReadOnlyList<NewsroomUser> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string name, UserRole role, string password, CancellationToken cancellationToken)
    {
        Message = await accounts.CreateAsync(name ?? string.Empty, role, password ?? string.Empty, User.Identity!.Name!, cancellationToken) ?? $"Added {name}.";
        Users = await users.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(long id, UserRole role, bool disabled, CancellationToken cancellationToken)
    {
        if (id == User.UserId() && (disabled || role != UserRole.Admin))
        {
            Message = "You cannot remove your own admin role or disable yourself.";
        }
        else
        {
            Message = await accounts.UpdateAsync(id, role, null, disabled, User.Identity!.Name!, cancellationToken) ?? "Saved.";
        }

        Users = await users.ListAsync(cancellationToken);
        return Page();
    }
}
