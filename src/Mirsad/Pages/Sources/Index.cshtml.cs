using Microsoft.AspNetCore.Mvc.RazorPages;
using Mirsad.Core.Sources;

namespace Mirsad.Pages.Sources;

/// <summary>All sources by name.</summary>
public sealed class SourcesIndexModel(ISourceStore sources) : PageModel
{
    public IReadOnlyList<SourceOutlet> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sources = await sources.ListAsync(cancellationToken);
}
