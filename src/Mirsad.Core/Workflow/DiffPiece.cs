namespace Mirsad.Core.Workflow;

/// <summary>A run of text that is kept, removed or added between two versions.</summary>
/// <param name="Change">Kept (0), removed (-1) or added (+1).</param>
/// <param name="Text">The text of the run (plain text).</param>
public sealed record DiffPiece(int Change, string Text)
{
    /// <summary>Whether the run is in both versions.</summary>
    public bool Kept => Change == 0;

    /// <summary>Whether the run is only in the older version.</summary>
    public bool Removed => Change < 0;

    /// <summary>Whether the run is only in the newer version.</summary>
    public bool Added => Change > 0;
}
