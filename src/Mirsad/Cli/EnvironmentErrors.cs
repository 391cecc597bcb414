using Microsoft.Data.Sqlite;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>
/// Turns what the machine refused (a full disk, a read-only or unreadable data directory, a damaged
/// store) into one sentence an operator can act on, naming the path; anything else is not the
/// environment's doing and is left alone.
/// </summary>
internal static class EnvironmentErrors
{
    // errno values as .NET reports them in IOException.HResult on Linux.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    public static string? Describe(Exception exception, MirsadPaths paths)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (Describe(e, paths.DataDirectory, paths.StorePath) is { } sentence)
            {
                return sentence;
            }

            if (e is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                return aggregate.InnerExceptions.Select(inner => Describe(inner, paths)).FirstOrDefault(s => s is not null);
            }
        }

        return null;
    }

    private static string? Describe(Exception e, string data, string store) => e switch
    {
        SqliteException { SqliteErrorCode: 13 } => $"the disk holding the store {store} is full; free some space and run the command again (what was written before is kept).",
        SqliteException { SqliteErrorCode: 8 } => $"the store {store} cannot be written (a read-only file or data directory); give this user write access to {data}, or only read it with `mirsad serve`.",
        SqliteException { SqliteErrorCode: 14 } => $"the store {store} cannot be opened (is {data} readable and writable by this user?).",
        SqliteException { SqliteErrorCode: 11 or 26 } => $"the store {store} is damaged or is not a Mirsad store; restore it from a backup (`mirsad restore`).",
        SqliteException { SqliteErrorCode: 10 } sqlite => $"the disk failed while reading or writing the store {store} ({sqlite.Message}).",
        SqliteException { SqliteErrorCode: 5 or 6 } => $"the store {store} stayed locked by another process for 30 seconds; try again when it is done.",
        IOException { HResult: NoSpace or QuotaExceeded } io => $"the disk is full ({Detail(io)}); free some space under {data} and run the command again (what was written before is kept).",
        IOException { HResult: ReadOnlyFileSystem } io => $"{data} is on a read-only file system ({Detail(io)}); commands that write need it writable (`mirsad serve` can serve it read-only).",
        UnauthorizedAccessException denied => $"permission denied ({Detail(denied)}); give this user write access to {data}.",
        DirectoryNotFoundException missing => $"a directory is missing ({Detail(missing)}).",
        _ => null,
    };

    // .NET's messages read "No space left on device : '/path'"; the path is what matters.
    private static string Detail(Exception e) => e.Message.Trim().TrimEnd('.');
}
