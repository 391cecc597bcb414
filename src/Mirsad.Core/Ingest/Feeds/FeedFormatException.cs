namespace Mirsad.Core.Ingest.Feeds;

/// <summary>A document that is not a readable feed; the message says what it is instead.</summary>
public sealed class FeedFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FeedFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FeedFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
