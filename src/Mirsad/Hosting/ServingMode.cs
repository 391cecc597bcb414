using Mirsad.Storage.Sqlite;

namespace Mirsad.Hosting;

/// <summary>
/// Whether <c>mirsad serve</c> may write its data directory. Over a directory it cannot write (a
/// read-only mount, no permission), or when <c>Mirsad:ReadOnly</c> says so, it serves read-only: the
/// reader's site and search work from the store and index as they are; the newsroom, intake and
/// every background writer are off and say why.
/// </summary>
/// <param name="ReadOnlyReason">Why the site only reads (shown to editors and in the log); null when it writes.</param>
/// <param name="DiskWritable">Whether the directory itself can be written (others may still write the store).</param>
public sealed record ServingMode(string? ReadOnlyReason, bool DiskWritable)
{
    /// <summary>The setting that asks for read-only serving over a writable directory (<c>Mirsad__ReadOnly=true</c>).</summary>
    public const string Setting = "Mirsad:ReadOnly";

    /// <summary>Reading and writing.</summary>
    public static ServingMode Writable { get; } = new(null, true);

    /// <summary>True when nothing is written.</summary>
    public bool IsReadOnly => ReadOnlyReason is not null;

    /// <summary>How the store is opened: a disk nobody can write is read as immutable (no locks, no shared-memory file).</summary>
    public SqliteAccess StoreAccess => !IsReadOnly ? SqliteAccess.ReadWrite : DiskWritable ? SqliteAccess.ReadOnly : SqliteAccess.Immutable;

    /// <summary>Finds out whether the data directory (and its store) can be written.</summary>
    public static ServingMode Probe(MirsadPaths paths, bool readOnlyAsked)
    {
        var problem = WriteProblem(paths);
        return problem is not null
            ? new ServingMode($"{paths.DataDirectory} cannot be written ({problem})", DiskWritable: false)
            : readOnlyAsked ? new ServingMode($"{Setting} is set", DiskWritable: true) : Writable;
    }

    private static string? WriteProblem(MirsadPaths paths)
    {
        try
        {
            Directory.CreateDirectory(paths.DataDirectory);
            var probe = Path.Combine(paths.DataDirectory, $".write-probe-{Environment.ProcessId}");
            using (new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            if (File.Exists(paths.StorePath))
            {
                using var store = new FileStream(paths.StorePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message.Trim().TrimEnd('.');
        }
    }
}
