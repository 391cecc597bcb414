using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Accounts;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Desk;
using Mirsad.Newsroom;
using Mirsad.Web;

namespace Mirsad.Areas.Newsroom.Pages.Desk;

/// <summary>One monitored item: its original text (right to left when Arabic), its story across outlets, and "take this story".</summary>
public sealed class ItemModel(IMonitoredItemStore items, StoryTaker taker, ForeignHtml foreign, IAuthorizationService authorization, IAuditLog audit, TimeProvider time) : PageModel
{
    public MonitoredItem Item { get; private set; } = null!;

    /// <summary>The extracted content, sanitised; null when only plain text is known.</summary>
    public string? SafeContent { get; private set; }

    public IReadOnlyList<MonitoredItem> Story { get; private set; } = [];

    public bool CanTake { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await items.GetAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        SafeContent = item.ContentHtml is { Length: > 0 } html ? foreign.Sanitize(html, item.Url) : null;
        Story = (await items.StoriesAsync([item.StoryId ?? item.Id], cancellationToken)).Where(i => i.Id != item.Id).ToList();
        CanTake = (await authorization.AuthorizeAsync(User, NewsroomPolicies.Translate)).Succeeded;
        return Page();
    }

    // Handlers cannot carry [Authorize]; translators, editors and admins may take a story, checked here.
    public async Task<IActionResult> OnPostTakeAsync(long id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, NewsroomPolicies.Translate)).Succeeded)
        {
            return Forbid();
        }

        var article = await taker.TakeAsync(id, User.Actor(), cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), User.Identity!.Name!, "story.take", article.Id, $"from monitored item {id}"), cancellationToken);
        return LocalRedirect("/newsroom/articles/" + Uri.EscapeDataString(article.Id)); // straight to the editor

    }
}
