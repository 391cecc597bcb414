namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// Raised when the intake is asked to reach an address that is not on the public internet (or a URL
/// with credentials in it); the fetcher turns it into a permanent error on the feed or item, never retried.
/// </summary>
public sealed class RefusedAddressException : Exception
{
    /// <summary>Creates the exception with the reason ("refused: 10.0.0.5 is a private network address").</summary>
    public RefusedAddressException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RefusedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RefusedAddressException()
    {
    }

    /// <summary>The refusal somewhere in <paramref name="error"/>'s chain of causes (HttpClient wraps what a connect callback throws).</summary>
    public static RefusedAddressException? Find(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is RefusedAddressException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
