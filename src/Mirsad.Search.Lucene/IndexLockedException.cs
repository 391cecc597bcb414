namespace Mirsad.Search.Lucene;

/// <summary>Another process (usually a running <c>mirsad serve</c>) holds the index for writing.</summary>
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

    /// <summary>Creates the exception for the index directory <paramref name="path"/>, caused by <paramref name="inner"/>.</summary>
    public IndexLockedException(string path, Exception inner)
        : base($"The search index at {path} is open for writing by another Mirsad process (is `mirsad serve` running?).", inner)
    {
    }
}
