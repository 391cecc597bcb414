namespace Mirsad.Core.Keywords;

/// <summary>An editor's change that cannot be made (an unknown keyword or article, a name with no letters).</summary>
public sealed class KeywordEditException : Exception
{
    /// <summary>Creates the exception with the message shown to the editor.</summary>
    public KeywordEditException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public KeywordEditException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public KeywordEditException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
