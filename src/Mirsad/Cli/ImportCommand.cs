using System.CommandLine;
using System.Globalization;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Spectre.Console;

namespace Mirsad.Cli;

/// <summary><c>mirsad import FILE...</c>: JSON Lines (plain or .gz) into the archive; <c>-</c> is standard input.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "JSON Lines files, plain or gzip; - reads standard input", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import articles from JSON Lines files (idempotent by id).") { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            if (await UnreadableAsync(context, paths))
            {
                return ExitCodes.Environment;
            }

            if (!await context.CanWriteAsync(parse, "import"))
            {
                return ExitCodes.Environment;
            }

            var sources = paths.Select(p => p == "-" ? new ImportSource("stdin", context.StandardInput) : ImportSource.File(p)).ToList();
            using var services = context.Services(parse);
            var archive = services.GetRequiredService<ArticleArchive>();
            var importer = services.GetRequiredService<ArticleImporter>();
            await IndexHandOff.BeginAsync(archive, context, cancellationToken);

            var issues = 0;
            void Report(ImportIssue issue)
            {
                Interlocked.Increment(ref issues);
                lock (context.Error)
                {
                    context.Error.WriteLine(issue.ToString());
                }
            }

            var result = context.Interactive
                ? await WithProgressAsync(importer, sources, Report, cancellationToken)
                : await importer.ImportAsync(sources, Report, null, cancellationToken);
            await IndexHandOff.EndAsync(archive, context, cancellationToken);

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"imported={result.Imported} unchanged={result.Unchanged} rejected={result.Rejected} lines={result.Lines} seconds={result.Elapsed.TotalSeconds:F1} lines_per_s={result.Rate:F0}"));
            return result.Rejected > 0 ? ExitCodes.PartialFailure : ExitCodes.Ok;
        });
        return command;
    }

    // Every file must be there and readable before anything is imported: a typo is the operator's to fix,
    // not a rejected line.
    private static async Task<bool> UnreadableAsync(CliContext context, string[] paths)
    {
        var unreadable = false;
        foreach (var path in paths.Where(p => p != "-"))
        {
            string? problem = null;
            if (Directory.Exists(path))
            {
                problem = "is a directory, not a file";
            }
            else if (!File.Exists(path))
            {
                problem = "does not exist";
            }
            else
            {
                try
                {
                    using var probe = File.OpenRead(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problem = $"cannot be read ({e.Message})";
                }
            }

            if (problem is not null)
            {
                unreadable = true;
                await context.Error.WriteLineAsync($"mirsad import: {path} {problem}; nothing was imported.");
            }
        }

        return unreadable;
    }

    private static async Task<ImportProgress> WithProgressAsync(ArticleImporter importer, IReadOnlyList<ImportSource> paths, Action<ImportIssue> report, CancellationToken cancellationToken)
    {
        ImportProgress? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("importing");
                task.IsIndeterminate = true;
                var progress = new Progress<ImportProgress>(p =>
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Lines:N0} lines, {p.Imported:N0} imported, {p.Rejected:N0} rejected, {p.Rate:N0}/s"));
                result = await importer.ImportAsync(paths, report, progress, cancellationToken);
                task.StopTask();
            });
        return result!;
    }
}
