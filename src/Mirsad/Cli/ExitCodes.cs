namespace Mirsad.Cli;

/// <summary>Exit codes shared by all commands (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything done.</summary>
    public const int Ok = 0;

    /// <summary>Done, but some input was rejected (each reported as FILE:LINE: reason).</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The machine refused: a missing or unreadable file, a full disk, a read-only data directory, a damaged store.</summary>
    public const int Environment = 3;

    /// <summary>Interrupted (Ctrl-C); what was written stays.</summary>
    public const int Interrupted = 130;

    /// <summary>Something Mirsad did not expect: a bug (the message asks for a report).</summary>
    public const int Unexpected = 70;
}
