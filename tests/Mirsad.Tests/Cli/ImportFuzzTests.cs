using System.Text;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Search;
using Mirsad.Core.Tests.Import;
using Mirsad.Hosting;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

/// <summary>
/// Every bad line is a rejected line: generated good lines with generated damage between them go
/// through the real importer into a real store and index; each good line is stored and searchable,
/// each line that must be rejected is reported at its line number, and nothing else is lost.
/// </summary>
public sealed class ImportFuzzTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ImportAsync_DamagedLinesBetweenGoodOnes_RejectsThemAndStoresEveryGoodLine()
    {
        using var services = new ServiceCollection().AddLogging().AddMirsad(new MirsadPaths(Path.Combine(_dir.Path, "data"))).BuildServiceProvider();
        var importer = services.GetRequiredService<ArticleImporter>();
        var store = services.GetRequiredService<IArticleStore>();
        var index = services.GetRequiredService<ISearchIndex>();
        var sample = 0;

        await Gen.Select(ImportLines.Good("g").Array[2, 8], ImportLines.Bad("bad").Array[1, 7]).SampleAsync(async (goods, bads) =>
        {
            sample++;
            var file = Path.Combine(_dir.Path, $"fuzz-{sample}.jsonl");
            var goodLines = new Dictionary<int, string>();
            var badLines = new Dictionary<int, ImportLines.Line>();
            using (var output = File.Create(file))
            {
                var number = 0;
                for (var i = 0; i < Math.Max(goods.Length, bads.Length); i++)
                {
                    if (i < goods.Length)
                    {
                        var id = $"good-{sample}-{i}";
                        goods[i]["id"] = id;
                        goodLines[++number] = id;
                        output.Write(ImportLines.Bytes(goods[i]));
                        output.WriteByte((byte)'\n');
                    }

                    if (i < bads.Length)
                    {
                        badLines[++number] = bads[i];
                        output.Write(bads[i].Bytes);
                        output.WriteByte((byte)'\n');
                    }
                }
            }

            var issues = new List<ImportIssue>();
            var result = await importer.ImportAsync([file], issues.Add, null, TestContext.Current.CancellationToken);

            var rejectedAt = issues.Where(i => i.Rejected).Select(i => i.Line).ToHashSet();
            Assert.Empty(rejectedAt.Intersect(goodLines.Keys));
            foreach (var (line, bad) in badLines.Where(b => b.Value.MustReject))
            {
                Assert.True(rejectedAt.Contains(line), $"line {line} was not rejected: {bad}");
            }

            Assert.Equal(goodLines.Count + badLines.Count, result.Imported + result.Unchanged + result.Rejected);
            var indexed = index.Ids();
            foreach (var id in goodLines.Values)
            {
                Assert.NotNull(await store.GetAsync(id, TestContext.Current.CancellationToken));
                Assert.Contains(id, indexed);
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public async Task Import_LoneSurrogateAmongManyGoodLines_RejectsThatLineAndImportsTheRest()
    {
        var lines = Enumerable.Range(0, 1_200).Select(i => $$"""{"id": "ok-{{i}}", "title": "Report {{i}} from Raqqa", "text": "Water returned to Raqqa on day {{i}}."}""").ToList();
        lines.Insert(600, """{"id": "bad", "title": "Half a character \ud800 here", "text": "x"}""");
        var file = Path.Combine(_dir.Path, "surrogate.jsonl");
        await File.WriteAllLinesAsync(file, lines, new UTF8Encoding(false), TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("--data", Path.Combine(_dir.Path, "data"), "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}:601: \"title\" holds a \\u escape of half a character (a lone UTF-16 surrogate such as \\ud800), which is not text", result.Error.Trim());
        Assert.Contains("imported=1200 unchanged=0 rejected=1", result.Out, StringComparison.Ordinal);
        Assert.True((await StoreAndIndex.CheckAsync(Path.Combine(_dir.Path, "data"))).InStep);
    }
}
