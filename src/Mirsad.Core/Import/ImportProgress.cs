namespace Mirsad.Core.Import;

/// <summary>Running totals of an import.</summary>
/// <param name="Lines">Lines read.</param>
/// <param name="Imported">Articles added or updated.</param>
/// <param name="Unchanged">Articles already stored exactly as given.</param>
/// <param name="Rejected">Lines rejected.</param>
/// <param name="Elapsed">Time since the import started.</param>
public sealed record ImportProgress(long Lines, long Imported, long Unchanged, long Rejected, TimeSpan Elapsed)
{
    /// <summary>Lines processed per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Lines / Elapsed.TotalSeconds : 0;
}
