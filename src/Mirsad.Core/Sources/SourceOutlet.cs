namespace Mirsad.Core.Sources;

/// <summary>A news outlet whose stories Mirsad monitors, with the leaning label shown beside its name.</summary>
/// <param name="Slug">URL-safe unique name.</param>
/// <param name="Name">Display name ("Tishreen").</param>
/// <param name="Homepage">The outlet's home page.</param>
/// <param name="Language">Main language of the outlet (ISO 639-1).</param>
/// <param name="Country">Country the outlet is based in.</param>
/// <param name="Leaning">Leaning label ("pro-government newspaper", "opposition website", "Kurdish agency").</param>
public sealed record SourceOutlet(
    string Slug,
    string Name,
    string? Homepage = null,
    string? Language = null,
    string? Country = null,
    string? Leaning = null)
{
    /// <summary>The name with its leaning, as bylines show it: "Tishreen (pro-government newspaper)".</summary>
    public string LabelledName => string.IsNullOrWhiteSpace(Leaning) ? Name : $"{Name} ({Leaning})";
}
