using System.CommandLine;
using System.Globalization;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad bench scale --corpus FILE --queries FILE</c>: imports a (large, generated) corpus into a
/// temporary directory, then reopens it as a server would and times the queries, printing the index
/// and store size, the import rate and the process's resident memory.
/// </summary>
internal static class BenchScaleCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "JSON Lines corpus, plain or .gz (see bench/scale/generate.py)", Required = true };
        var queries = new Option<string>("--queries") { Description = "JSON Lines of {id, text}", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes", DefaultValueFactory = _ => 1 };
        var keep = new Option<string?>("--keep") { Description = "Use and keep this data directory; when it already holds articles, skip the import and only time searches" };
        var command = new Command("scale", "Import a large corpus and report size, import rate, memory and search latency.") { corpus, queries, repeat, keep };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = new BenchWorkspace(parse.GetValue(keep));
            var kept = workspace.Index.Count > 0;
            var (imported, seconds) = kept
                ? (workspace.Index.Count, 0)
                : await workspace.ImportAsync([parse.GetValue(corpus)!], context.Error, cancellationToken);
            var rate = kept ? "skipped (kept data directory)" : string.Create(CultureInfo.InvariantCulture, $"seconds={seconds:F1} docs_per_s={imported / seconds:F0}");
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"import docs={imported} {rate} index_mb={Megabytes(workspace.IndexDirectory):F0} store_mb={Megabytes(workspace.DataDirectory) - Megabytes(workspace.IndexDirectory):F0} {Memory()}"));

            await workspace.ReopenAsync(); // as a server starts: a fresh process state over the finished index
            var texts = QueryLines.Read(parse.GetValue(queries)!, message => context.Error.WriteLine(message)).Select(q => q.Text).ToList();
            var passes = Math.Max(1, parse.GetValue(repeat));
            await context.Out.WriteLineAsync(BenchCommand.Time("search", workspace.Index, texts, passes, full: false));
            await context.Out.WriteLineAsync(BenchCommand.Time("search-full", workspace.Index, texts, passes, full: true));
            await context.Out.WriteLineAsync("serving " + Memory());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static double Megabytes(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;

    // Resident memory as the kernel counts it: anonymous (the managed heap and native allocations) and
    // file-backed (the index pages mapped and touched so far, which the kernel may drop under pressure).
    private static string Memory()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        string Kb(string key) => status.FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal)) is { } line
            ? (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture)
            : "?";
        return $"rss_mb={Kb("VmRSS")} rss_anon_mb={Kb("RssAnon")} rss_file_mb={Kb("RssFile")} peak_rss_mb={Kb("VmHWM")} gc_heap_mb={GC.GetTotalMemory(false) / 1048576}";
    }
}
