using System.IO.Compression;
using System.Text;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Data => Path.Combine(_dir.Path, "data");

    [Fact]
    public async Task Import_BadLines_AreReportedAsFileLineAndTheRestImports()
    {
        var file = _dir.File("mixed.jsonl", string.Join('\n',
            """{"id": "1", "title": "Aleppo shelling", "text": "Shelling hit Aleppo."}""",
            """{"id": "2", "title": "broken""",
            """{"id": "3", "title": "Idlib strikes", "text": "Strikes hit Idlib."}""",
            """{"title": "no id here"}""",
            "",
            """{"id": "5", "title": "Damascus talks", "text": "Talks in Damascus."}"""));

        var result = await CliRunner.RunAsync("--data", Data, "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:2: invalid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{file}:4: missing \"id\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("imported=3", result.Out, StringComparison.Ordinal);
        Assert.Contains("rejected=2", result.Out, StringComparison.Ordinal);
        var search = await CliRunner.RunAsync("--data", Data, "search", "idlib", "--json");
        Assert.Contains("\"total\":1", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwice_IsIdempotentById()
    {
        var file = _dir.File("a.jsonl", """{"id": "x1", "title": "One", "text": "Body one."}""" + "\n" + """{"id": "x2", "title": "Two", "text": "Body two."}""");
        var first = await CliRunner.RunAsync("--data", Data, "import", file);
        var second = await CliRunner.RunAsync("--data", Data, "import", file);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("imported=2", first.Out, StringComparison.Ordinal);
        Assert.Contains("imported=0 unchanged=2", second.Out, StringComparison.Ordinal);
        var all = await CliRunner.RunAsync("--data", Data, "search", "body", "--json");
        Assert.Contains("\"total\":2", all.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GzipFile_IsRead()
    {
        var path = Path.Combine(_dir.Path, "a.jsonl.gz");
        await using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            await gz.WriteAsync(Encoding.UTF8.GetBytes("""{"id": "g1", "title": "Compressed story", "text": "Gzip body."}"""), TestContext.Current.CancellationToken);
        }

        var result = await CliRunner.RunAsync("--data", Data, "import", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("imported=1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_IsAnEnvironmentErrorNamingItBeforeAnythingIsImported()
    {
        var good = _dir.File("good.jsonl", """{"id": "g1", "title": "Aleppo", "text": "Text."}""");
        var missing = Path.Combine(_dir.Path, "nope.jsonl");
        var result = await CliRunner.RunAsync("--data", Data, "import", good, missing);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"mirsad import: {missing} does not exist; nothing was imported.", result.Error.Trim());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Import_NoFile_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("--data", Data, "import");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Import_HugeLine_IsRejectedAndTheRestImports()
    {
        var huge = "{\"id\": \"big\", \"title\": \"t\", \"text\": \"" + new string('a', 5_000_000) + "\"}";
        var file = _dir.File("huge.jsonl", huge + "\n" + """{"id": "ok", "title": "Fine", "text": "Fine body."}""");
        var result = await CliRunner.RunAsync("--data", Data, "import", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:1: line is 5,000,", result.Error, StringComparison.Ordinal);
        Assert.Contains("imported=1", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fakes/articles.jsonl")]
    [InlineData("agnews/articles.jsonl.gz")]
    [InlineData("arabic/articles.jsonl.gz")]
    [InlineData("reuters/articles.jsonl.gz")]
    [InlineData("relevance/cisi/docs.jsonl")]
    [InlineData("relevance/cran/docs.jsonl")]
    public async Task Import_SharedCorpusShapes_ImportWithoutRejections(string relative)
    {
        var source = SharedData.Require(relative);
        var sample = _dir.File("sample.jsonl", string.Join('\n', ReadLines(source).Take(300)));
        var result = await CliRunner.RunAsync("--data", Data, "import", sample);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("imported=300", result.Out, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
