namespace Mirsad.Core.Ingest.Extraction;

/// <summary>A page from which no story could be extracted; the message says why.</summary>
public sealed class PageExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PageExtractionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PageExtractionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PageExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
