namespace Mirsad.Search.Lucene;

/// <summary>The index cannot be opened for writing: another process (usually a running <c>mirsad serve</c>) writes it, or the disk refuses.</summary>
public sealed class IndexLockedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IndexLockedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IndexLockedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public IndexLockedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
