namespace Mirsad.Core.Workflow;

/// <summary>How one part of an article changed between two revisions.</summary>
/// <param name="Field">The part ("Headline", "Body", ...).</param>
/// <param name="Pieces">The kept, removed and added runs.</param>
public sealed record FieldChange(string Field, IReadOnlyList<DiffPiece> Pieces);
