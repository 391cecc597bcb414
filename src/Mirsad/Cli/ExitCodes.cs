namespace Mirsad.Cli;

/// <summary>Exit codes shared by all commands.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int PartialFailure = 1;
    public const int Usage = 2;
}
