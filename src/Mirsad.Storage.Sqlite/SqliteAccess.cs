namespace Mirsad.Storage.Sqlite;

/// <summary>How a process uses the SQLite file.</summary>
public enum SqliteAccess
{
    /// <summary>Reads and writes; creates the file and brings its schema up to date.</summary>
    ReadWrite,

    /// <summary>Reads only, while other processes may write (the directory is writable).</summary>
    ReadOnly,

    /// <summary>Reads only, from a disk nobody writes (a read-only mount): SQLite takes no locks at all.</summary>
    Immutable,
}
