using System.Globalization;

namespace Mirsad.Core.Ingest;

/// <summary>What one round did for one source.</summary>
/// <param name="Slug">The source.</param>
/// <param name="Name">Its name.</param>
/// <param name="New">Items read and stored that duplicate nothing earlier.</param>
/// <param name="Duplicates">Items read and stored as duplicates of earlier ones.</param>
/// <param name="Errors">Feeds that failed plus item pages that failed.</param>
/// <param name="Seen">Feed entries already stored by an earlier round.</param>
/// <param name="Pending">Items still waiting for their page (a retry, or more than one round's share).</param>
/// <param name="Error">The feed errors, when any feed failed.</param>
public sealed record SourceRoundResult(string Slug, string Name, int New, int Duplicates, int Errors, int Seen, int Pending, string? Error)
{
    /// <summary>The line <c>mirsad ingest --once</c> prints for the source.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Slug} ({Name}): new={New} duplicates={Duplicates} errors={Errors} seen={Seen} pending={Pending}{(Error is null ? string.Empty : "  error: " + Error)}");
}
