using System.CommandLine;

namespace Mirsad.Cli;

/// <summary>The <c>mirsad</c> command line: one root command with a shared --data option and a verb per task.</summary>
public static class MirsadCli
{
    /// <summary>Parses and runs a command line, writing to the given writers; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive = false, TextReader? input = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, new Dictionary<string, string?>(), interactive, input, cancellationToken);

    /// <summary>Runs a command line with <paramref name="settings"/> laid over the environment's configuration.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> settings, bool interactive, TextReader? input, CancellationToken cancellationToken)
    {
        var data = new Option<string?>("--data")
        {
            Description = $"Data directory (default: ${Hosting.MirsadPaths.EnvironmentVariable} or {Hosting.MirsadPaths.DefaultDirectory()})",
            Recursive = true,
        };
        var context = new CliContext(output, error, input ?? Console.In, interactive, data) { Settings = settings };
        var root = new RootCommand("Mirsad: monitor, translate, publish and search regional news.")
        {
            ServeCommand.Create(context),
            ImportCommand.Create(context),
            SearchCommand.Create(context),
            KeywordsCommand.Create(context),
            ReindexCommand.Create(context),
            BenchCommand.Create(context),
            UsersCommand.Create(context),
            SourcesCommand.Create(context),
            IngestCommand.Create(context),
            DeskCommand.Create(context),
        };
        root.Options.Add(data);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"mirsad: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'mirsad --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (EnvironmentErrors.Describe(e, context.Paths(parse)) is { } sentence)
        {
            await error.WriteLineAsync($"mirsad: {sentence}");
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("mirsad: interrupted; what was written before stays (an import can simply be run again).");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"mirsad: unexpected error, please report it with what follows: {e.GetType().Name}: {e.Message}");
            await error.WriteLineAsync(e.ToString());
            return ExitCodes.Unexpected;
        }
    }
}
