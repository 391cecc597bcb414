using System.Reflection;
using System.Text.Json;

namespace Mirsad.Core.Sources;

/// <summary>
/// The outlets a Syria desk follows (state press, opposition sites, Kurdish agencies, regional and
/// foreign media) with homepages, languages and leanings. Their feed addresses are for the operator
/// to confirm: every one is registered switched off, and the few candidate feeds given are marked so.
/// </summary>
public static class StarterSources
{
    private const string Resource = "Mirsad.Core.Sources.starter-syria.jsonl";

    /// <summary>The starter list, as registrations that leave existing sources as they are.</summary>
    public static IReadOnlyList<SourceRegistration> Syria()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The starter source list {Resource} is missing from Mirsad.Core.");
        using var reader = new StreamReader(stream);
        var list = new List<SourceRegistration>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var entry = JsonSerializer.Deserialize<StarterEntry>(line, JsonSerializerOptions.Web)!;
            var note = entry.Feeds.Count > 0 ? "Feed address unconfirmed: check it, then `mirsad sources activate " + entry.Slug + "`." : "No feed yet: find it, then `mirsad sources add --name \"" + entry.Name + "\" --feed URL`.";
            list.Add(new SourceRegistration
            {
                Slug = entry.Slug,
                Name = entry.Name,
                Homepage = entry.Homepage,
                Language = entry.Language,
                Country = entry.Country,
                Leaning = entry.Leaning,
                Feeds = entry.Feeds,
                Active = false,
                KeepExisting = true,
                Notes = string.IsNullOrEmpty(entry.Notes) ? note : entry.Notes + " " + note,
            });
        }

        return list;
    }

    private sealed record StarterEntry(string Slug, string Name, string? Homepage, string? Language, string? Country, string? Leaning, string? Notes)
    {
        public IReadOnlyList<string> Feeds { get; init; } = [];
    }
}
