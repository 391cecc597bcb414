using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Extraction;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Keywords;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad bench extract --pages DIR [--repeat N]</c>: the intake's work per article page without the
/// network: charset detection, extraction (AngleSharp + SmartReader), SimHash and keywords, over every
/// *.html file in DIR, one warm-up pass then N timed passes, single-threaded. Prints one line:
/// <c>extract pages=N seconds=S pages_per_s=R failed=F</c>.
/// </summary>
internal static class BenchExtractCommand
{
    public static Command Create(CliContext context)
    {
        var pages = new Option<string>("--pages") { Description = "Directory of saved article pages (*.html)", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes", DefaultValueFactory = _ => 5 };
        var command = new Command("extract", "Time article extraction over saved pages.") { pages, repeat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = Directory.GetFiles(parse.GetValue(pages)!, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                await context.Error.WriteLineAsync("mirsad bench extract: no *.html files there.");
                return ExitCodes.Usage;
            }

            var bodies = files.Select(f => (Url: new Uri("https://outlet.example/" + Path.GetFileName(f)), Bytes: File.ReadAllBytes(f))).ToList();
            var keywords = new KeywordExtractor(MirsadServices.LoadVocabulary(context.Paths(parse)));
            var failed = Pass(bodies, keywords, cancellationToken); // warm-up
            var passes = Math.Max(1, parse.GetValue(repeat));
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < passes; i++)
            {
                Pass(bodies, keywords, cancellationToken);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var count = bodies.Count * passes;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"extract pages={count} seconds={seconds:F2} pages_per_s={count / seconds:F1} failed={failed}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Pass(List<(Uri Url, byte[] Bytes)> bodies, KeywordExtractor keywords, CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var (url, bytes) in bodies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = CharsetDecoder.Decode(bytes, null, null).Text;
            try
            {
                var page = PageExtractor.Extract(text, url);
                _ = SimHash.Compute(page.Text);
                _ = keywords.Extract(page.Title, page.Text, 8);
            }
            catch (PageExtractionException)
            {
                failed++;
            }
        }

        return failed;
    }
}
