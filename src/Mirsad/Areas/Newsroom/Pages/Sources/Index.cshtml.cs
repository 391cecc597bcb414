using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Accounts;
using Mirsad.Core.Sources;
using Mirsad.Newsroom;

namespace Mirsad.Areas.Newsroom.Pages.Sources;

/// <summary>The monitored sources with their feeds and health; editors add sources and switch them on or off.</summary>
public sealed class SourcesModel(ISourceRegistry registry, SourceRegistrar registrar, IAuthorizationService authorization, IAuditLog audit, TimeProvider time) : PageModel
{
    public IReadOnlyList<MonitoredSource> Sources { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    // Handlers cannot carry [Authorize]; editing sources needs the Edit policy, checked in each handler.
    public async Task<IActionResult> OnPostAddAsync(string name, string feed, string? homepage, string? language, string? leaning, string? country, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var (slug, problems) = await registrar.RegisterAsync(new SourceRegistration
        {
            Name = name ?? string.Empty,
            Feeds = string.IsNullOrWhiteSpace(feed) ? [] : [feed],
            Homepage = string.IsNullOrWhiteSpace(homepage) ? null : homepage,
            Language = string.IsNullOrWhiteSpace(language) ? null : language,
            Leaning = string.IsNullOrWhiteSpace(leaning) ? null : leaning,
            Country = string.IsNullOrWhiteSpace(country) ? null : country,
        }, cancellationToken);
        if (slug is not null)
        {
            await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), User.Identity!.Name!, "source.add", slug, feed), cancellationToken);
        }

        Message = slug is null ? "Not added: " + string.Join("; ", problems) : $"Source {slug} saved with its feed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostActiveAsync(string slug, bool active, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (await registry.SetActiveAsync(slug, active, cancellationToken))
        {
            await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), User.Identity!.Name!, active ? "source.activate" : "source.deactivate", slug, null), cancellationToken);
            Message = $"Source {slug} {(active ? "will be polled" : "is no longer polled")}.";
        }

        return RedirectToPage();
    }

    private async Task<bool> AllowedAsync() => (await authorization.AuthorizeAsync(User, NewsroomPolicies.Edit)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sources = await registry.ListAsync(time.GetUtcNow(), cancellationToken);
        CanEdit = await AllowedAsync();
    }
}
