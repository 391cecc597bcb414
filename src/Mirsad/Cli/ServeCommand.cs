using System.CommandLine;
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
            await context.Out.WriteLineAsync($"Mirsad data directory: {paths.DataDirectory}{(paths.IsFresh ? " (new: the demo corpus will be loaded)" : string.Empty)}");
            var app = MirsadWebApp.Build([], paths, parse.GetValue(urls));
            await app.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
