namespace Mirsad.Core.Import;

/// <summary>An import line that cannot be imported; the message says why, in words for the operator.</summary>
public sealed class ImportRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImportRejectedException()
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    public ImportRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public ImportRejectedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
