using System.CommandLine;
using Mirsad.Hosting;
using Mirsad.Web;

namespace Mirsad.Cli;

/// <summary><c>mirsad serve [--urls URL]</c>: the reader's website and the APIs.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = $"Address to listen on (default {DefaultUrl})", DefaultValueFactory = _ => DefaultUrl };
        var command = new Command("serve", "Serve the site; a data directory with no store gets the demo corpus.") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = context.Paths(parse);
            var mode = ServingMode.Probe(paths, context.Configuration().GetValue<bool>(ServingMode.Setting));
            if (mode.IsReadOnly && paths.IsFresh)
            {
                await context.Error.WriteLineAsync($"mirsad serve: {mode.ReadOnlyReason}, and it holds no store yet, so there is nothing to serve; give this user write access to it, or choose another with --data.");
                return ExitCodes.Environment;
            }

            var note = mode.IsReadOnly ? $" (read-only: {mode.ReadOnlyReason}; the newsroom and intake are off)" : paths.IsFresh ? " (new: the demo corpus will be loaded)" : string.Empty;
            await context.Out.WriteLineAsync($"Mirsad data directory: {paths.DataDirectory}{note}");
            var app = MirsadWebApp.Build([], paths, parse.GetValue(urls));
            await app.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
