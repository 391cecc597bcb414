using Mirsad.Core.Sources;

namespace Mirsad.Demo;

/// <summary>
/// Demo sources for the monitoring desk: one per demo outlet, named "... (demo)", whose feeds a
/// running <c>mirsad serve</c> makes from the demo corpus (<c>/demo/feeds/{slug}.xml</c>, linking to
/// the site's own article pages), plus a "wire" that republishes some of them behind tracking links,
/// so that the desk shows duplicates. Everything stays on the machine.
/// </summary>
public static class DemoSources
{
    /// <summary>The slug prefix that marks demo sources.</summary>
    public const string Prefix = "demo-";

    /// <summary>The feed that republishes stories of the other demo sources.</summary>
    public const string WireSlug = "wire";

    /// <summary>Registers the demo sources with feeds under <paramref name="baseUrl"/>; returns how many.</summary>
    public static async Task<int> RegisterAsync(SourceRegistrar registrar, string baseUrl, CancellationToken cancellationToken)
    {
        var root = baseUrl.TrimEnd('/');
        var count = 0;
        await foreach (var outlet in DemoCorpus.Sources(cancellationToken))
        {
            await registrar.RegisterAsync(Registration(outlet.Slug, outlet.Name, outlet.Language, outlet.Leaning, outlet.Country, root), cancellationToken);
            count++;
        }

        await registrar.RegisterAsync(Registration(WireSlug, "Demo Wire", "en", "aggregator republishing other outlets", null, root), cancellationToken);
        return count + 1;
    }

    private static SourceRegistration Registration(string slug, string name, string? language, string? leaning, string? country, string root) => new()
    {
        Slug = Prefix + slug,
        Name = name + " (demo)",
        Language = language,
        Leaning = leaning,
        Country = country,
        Homepage = root + "/",
        Feeds = [$"{root}/demo/feeds/{slug}.xml"],
        Notes = "Demo source: its feed is made by Mirsad itself from the demo corpus.",
    };
}
