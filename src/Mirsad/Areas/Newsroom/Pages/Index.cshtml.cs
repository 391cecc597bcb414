using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Accounts;

namespace Mirsad.Areas.Newsroom.Pages;

/// <summary>The newsroom's front page.</summary>
public sealed class NewsroomIndexModel(IAuditLog audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Activity { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Activity = await audit.LatestAsync(20, cancellationToken: cancellationToken);
}
