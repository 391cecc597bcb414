using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

/// <summary>
/// Errors an operator can act on, under real conditions: standard input and pipes, a gzip cut short,
/// a full disk (a small tmpfs) and a read-only data directory (a read-only bind mount).
/// </summary>
public sealed class OperatorErrorTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    private string Data => Path.Combine(_dir.Path, "data");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Import_Dash_ReadsGzipFromAPipe()
    {
        var gzip = Gzip(StoreAndIndex.Corpus(_dir.Path, "piped", 120));
        using var import = MirsadProcess.Start("--data", Data, "import", "-");
        await import.Input.BaseStream.WriteAsync(gzip, TestContext.Current.CancellationToken);
        import.Input.Close();
        await import.WaitAsync();

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("imported=120 ", import.Out, StringComparison.Ordinal);
        Assert.True((await StoreAndIndex.CheckAsync(Data)).InStep);
    }

    [Fact]
    public async Task Import_DevStdin_ReadsAPipeWithoutSeeking()
    {
        var lines = await File.ReadAllBytesAsync(StoreAndIndex.Corpus(_dir.Path, "stdin", 30), TestContext.Current.CancellationToken);
        using var import = MirsadProcess.Start("--data", Data, "import", "/dev/stdin");
        await import.Input.BaseStream.WriteAsync(lines, TestContext.Current.CancellationToken);
        await import.Input.BaseStream.WriteAsync("{\"id\": \"broken\n"u8.ToArray(), TestContext.Current.CancellationToken);
        import.Input.Close();
        await import.WaitAsync();

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("imported=30 ", import.Out, StringComparison.Ordinal);
        Assert.StartsWith("/dev/stdin:31: invalid JSON", import.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TruncatedGzip_SaysSoAndKeepsTheLinesBeforeTheCut()
    {
        var whole = Gzip(StoreAndIndex.Corpus(_dir.Path, "cut", 2_000));
        var file = Path.Combine(_dir.Path, "cut.jsonl.gz");
        await File.WriteAllBytesAsync(file, whole[..(whole.Length * 6 / 10)], TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("--data", Data, "import", file);

        Assert.Equal(1, result.ExitCode);
        var issue = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:[0-9]+: the (file ends in the middle of this line: the gzip data is cut short|gzip data is cut short after this line)", issue);
        Assert.DoesNotContain("invalid JSON", issue, StringComparison.Ordinal);
        var check = await StoreAndIndex.CheckAsync(Data);
        Assert.InRange(check.Stored, 500, 1_999);
        Assert.True(check.InStep);
    }

    [Fact]
    public async Task Import_WholeGzipWithoutFinalNewline_IsNotCalledTruncated()
    {
        var text = File.ReadAllText(StoreAndIndex.Corpus(_dir.Path, "whole", 10)).TrimEnd('\n');
        var file = Path.Combine(_dir.Path, "whole.jsonl.gz");
        await File.WriteAllBytesAsync(file, Gzip(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("--data", Data, "import", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Import_DiskFills_OneSentenceExitThreeAndTheStoreStaysSound()
    {
        using var disk = ScratchMount.Require(ScratchMount.TryTmpfs(_dir.Path, "3m"), "a 3 MB tmpfs");
        var data = Path.Combine(disk.Path, "data");
        var corpus = BigCorpus(Path.Combine(_dir.Path, "big.jsonl"), 6_000);

        using var import = await MirsadProcess.RunAsync("--data", data, "import", corpus);

        Assert.True(import.ExitCode == 3, $"exit {import.ExitCode}: {import.Error}");
        var error = Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("mirsad: the disk", error, StringComparison.Ordinal);
        Assert.Contains("full", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.Equal("ok", IntegrityCheck(Path.Combine(data, "mirsad.db")));
    }

    [Fact]
    public async Task ImportAndServe_ReadOnlyDataDirectory_ImportRefusesInOneSentenceServeServesReaders()
    {
        using (var import = await MirsadProcess.RunAsync("--data", Data, "import", StoreAndIndex.Corpus(_dir.Path, "frozen", 40)))
        {
            Assert.True(import.ExitCode == 0, import.Error);
        }

        using var mount = ScratchMount.Require(ScratchMount.TryReadOnlyBind(Data, _dir.Path), "a read-only bind");

        using (var import = await MirsadProcess.RunAsync("--data", mount.Path, "import", StoreAndIndex.Corpus(_dir.Path, "more", 5)))
        {
            Assert.Equal(3, import.ExitCode);
            var error = Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"mirsad import: {mount.Path} cannot be written (Read-only file system : '{mount.Path}/.write-probe-{import.Id}'); it needs a data directory it can write (`mirsad serve` can serve this one read-only).", error);
        }

        var (serve, client) = await MirsadProcess.ServeAsync(mount.Path);
        using (serve)
        using (client)
        {
            Assert.Contains("read-only", serve.Out, StringComparison.Ordinal);
            var search = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=frozen", UriKind.Relative), TestContext.Current.CancellationToken));
            Assert.Equal(40, search.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/search?q=frozen", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
            var newsroom = await client.GetAsync(new Uri("/newsroom/login", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, newsroom.StatusCode);
            Assert.Contains("serves its data read-only", await newsroom.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Serve_ReadOnlyEmptyDirectory_RefusesInOneSentence()
    {
        Directory.CreateDirectory(Data);
        using var mount = ScratchMount.Require(ScratchMount.TryReadOnlyBind(Data, _dir.Path), "a read-only bind");

        using var serve = await MirsadProcess.RunAsync("--data", mount.Path, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(3, serve.ExitCode);
        Assert.Equal($"mirsad serve: {mount.Path} cannot be written (Read-only file system : '{mount.Path}/.write-probe-{serve.Id}'), and it holds no store yet, so there is nothing to serve; give this user write access to it, or choose another with --data.", serve.Error.Trim());
    }

    private static byte[] Gzip(string path) => Gzip(File.ReadAllBytes(path));

    private static byte[] Gzip(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return memory.ToArray();
    }

    private static string BigCorpus(string path, int count)
    {
        using var file = File.CreateText(path);
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            // Words that do not repeat much, so neither SQLite nor Lucene packs them small.
            var words = string.Join(' ', Enumerable.Range(0, 120).Select(_ => Convert.ToHexString(BitConverter.GetBytes(random.NextInt64()))[..9]));
            file.WriteLine(JsonSerializer.Serialize(new { id = $"big-{i}", title = $"Report {i}", text = words }));
        }

        return path;
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
