using Mirsad.Cli;
using Mirsad.Web;

namespace Mirsad;

/// <summary>
/// The <c>mirsad</c> executable. With a verb it runs the command line; launched by a host (the test
/// host passes only --key=value settings) it builds the web application directly.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1052:Static holder types should be Static or NotInheritable", Justification = "The test host needs Program as a type argument.")]
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (IsHostLaunch(args))
        {
            await MirsadWebApp.Build(args).RunAsync();
            return 0;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await MirsadCli.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected, cancellationToken: cancel.Token);
    }

    private static bool IsHostLaunch(string[] args) =>
        args.Length > 0
        && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
        && args.Any(a => a.StartsWith("--applicationName=", StringComparison.OrdinalIgnoreCase) || a.StartsWith("--contentRoot=", StringComparison.OrdinalIgnoreCase) || a.StartsWith("--environment=", StringComparison.OrdinalIgnoreCase));
}
