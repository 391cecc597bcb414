namespace Mirsad.Core.Sources;

/// <summary>
/// What an operator gives to add a source or a feed to it (<c>mirsad sources add</c>, the starter
/// list). Registering a name that exists adds the feed to that source and updates the fields given.
/// </summary>
public sealed record SourceRegistration
{
    /// <summary>Display name; the slug is made from it.</summary>
    public required string Name { get; init; }

    /// <summary>Feed URLs (absolute http or https).</summary>
    public IReadOnlyList<string> Feeds { get; init; } = [];

    /// <summary>The outlet's home page.</summary>
    public string? Homepage { get; init; }

    /// <summary>ISO 639-1 language ("ar", "en").</summary>
    public string? Language { get; init; }

    /// <summary>Country the outlet is based in.</summary>
    public string? Country { get; init; }

    /// <summary>Leaning label shown beside the name.</summary>
    public string? Leaning { get; init; }

    /// <summary>Minutes between polls; null keeps the current value (30 for a new source).</summary>
    public int? PollMinutes { get; init; }

    /// <summary>Whether the source (and the feeds given) are polled.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The operator's notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The slug to use instead of one made from the name.</summary>
    public string? Slug { get; init; }

    /// <summary>When the source exists, leave its fields and active flag as they are and only add feeds (the starter list).</summary>
    public bool KeepExisting { get; init; }
}
