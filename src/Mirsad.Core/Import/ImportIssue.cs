namespace Mirsad.Core.Import;

/// <summary>A problem with one import line, reported as FILE:LINE: message.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong, in words for the operator.</param>
/// <param name="Rejected">True when the line was not imported; false for a warning about an imported line.</param>
public sealed record ImportIssue(string File, int Line, string Message, bool Rejected)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {(Rejected ? string.Empty : "warning: ")}{Message}";
}
