namespace Mirsad.Core.Ingest.Http;

/// <summary>An answer worth retrying (5xx, 429, 408); thrown inside the retry pipeline only.</summary>
public sealed class TransientFetchException : Exception
{
    /// <summary>Creates the exception for an HTTP status.</summary>
    public TransientFetchException(int statusCode)
        : base($"HTTP {statusCode}") => StatusCode = statusCode;

    /// <summary>Creates the exception with a message.</summary>
    public TransientFetchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public TransientFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TransientFetchException()
    {
    }

    /// <summary>The HTTP status that was answered.</summary>
    public int StatusCode { get; }
}
