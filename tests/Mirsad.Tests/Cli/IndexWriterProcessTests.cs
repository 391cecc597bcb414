using System.Text.Json;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

/// <summary>
/// One writer per index, across real processes: two imports at once, an import and a keyword rebuild
/// while <c>mirsad serve</c> holds the index, a reindex while serving. Afterwards store and index agree.
/// </summary>
public sealed class IndexWriterProcessTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    private string Data => Path.Combine(_dir.Path, "data");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Import_TwoAtOnce_BothSucceedAndTheIndexHoldsEveryStoredArticle()
    {
        var first = StoreAndIndex.Corpus(_dir.Path, "alpha", 3_000);
        var second = StoreAndIndex.Corpus(_dir.Path, "beta", 3_000);

        using var a = MirsadProcess.Start("--data", Data, "import", first);
        using var b = MirsadProcess.Start("--data", Data, "import", second);
        await a.WaitAsync();
        await b.WaitAsync();

        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        Assert.Contains("imported=3000", a.Out, StringComparison.Ordinal);
        Assert.Contains("imported=3000", b.Out, StringComparison.Ordinal);
        var check = await StoreAndIndex.CheckAsync(Data);
        Assert.Equal(6_000, check.Stored);
        Assert.Equal(6_000, check.Indexed);
        Assert.True(check.InStep, $"{check}");
    }

    [Fact]
    public async Task ImportAndKeywordsRebuild_WhileServeRuns_WriteTheStoreAndServeIndexesThem()
    {
        var (serve, client) = await MirsadProcess.ServeAsync(Data);
        using (serve)
        using (client)
        {
            using var import = await MirsadProcess.RunAsync("--data", Data, "import", StoreAndIndex.Corpus(_dir.Path, "gamma", 400));

            Assert.True(import.ExitCode == 0, import.Error);
            Assert.Contains($"is being written by another Mirsad process (pid {serve.Id}:", import.Error, StringComparison.Ordinal);
            Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the one note, no stack trace

            // The import waited until serve had indexed its articles, so they are searchable as it ends.
            Assert.Equal(400, await TotalAsync(client, "gamma"));
            Assert.True((await StoreAndIndex.CheckAsync(Data)).InStep);

            using var rebuild = await MirsadProcess.RunAsync("--data", Data, "keywords", "rebuild");
            Assert.True(rebuild.ExitCode == 0, rebuild.Error);
            Assert.True((await StoreAndIndex.CheckAsync(Data)).InStep);
            Assert.False(serve.HasExited);
        }

        Assert.True((await StoreAndIndex.CheckAsync(Data)).InStep);
    }

    [Fact]
    public async Task Reindex_WhileServing_ServeRebuildsTheIndexAndReindexWaitsForIt()
    {
        using (var import = await MirsadProcess.RunAsync("--data", Data, "import", StoreAndIndex.Corpus(_dir.Path, "delta", 300)))
        {
            Assert.True(import.ExitCode == 0, import.Error);
            Assert.Equal(string.Empty, import.Error); // nobody else held the index: no note
        }

        var (serve, client) = await MirsadProcess.ServeAsync(Data);
        using (serve)
        using (client)
        {
            using var reindex = await MirsadProcess.RunAsync("--data", Data, "reindex");

            Assert.True(reindex.ExitCode == 0, reindex.Error);
            Assert.Contains("asked to rebuild the index", reindex.Error, StringComparison.Ordinal);
            Assert.Contains("reindexed by=other-process documents=300", reindex.Out, StringComparison.Ordinal);
            Assert.Equal(300, await TotalAsync(client, "delta"));
            Assert.False(serve.HasExited);
        }

        Assert.True((await StoreAndIndex.CheckAsync(Data)).InStep);
    }

    [Fact]
    public async Task Search_WhileServeHoldsTheIndex_ReadsWithoutTakingOrBreakingIt()
    {
        var (serve, client) = await MirsadProcess.ServeAsync(Data);
        using (serve)
        using (client)
        {
            using (var import = await MirsadProcess.RunAsync("--data", Data, "import", StoreAndIndex.Corpus(_dir.Path, "eps", 50)))
            {
                Assert.True(import.ExitCode == 0, import.Error);
            }

            using var search = await MirsadProcess.RunAsync("--data", Data, "search", "eps", "--json");
            Assert.True(search.ExitCode == 0, search.Error);
            Assert.Equal(50, JsonDocument.Parse(search.Out).RootElement.GetProperty("total").GetInt32());

            // serve still writes the index after the search has come and gone.
            using var more = await MirsadProcess.RunAsync("--data", Data, "import", StoreAndIndex.Corpus(_dir.Path, "zeta", 20));
            Assert.True(more.ExitCode == 0, more.Error);
            Assert.Equal(20, await TotalAsync(client, "zeta"));
        }
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        // A fresh query string each time: the output cache must not answer from before.
        var json = await client.GetStringAsync(new Uri($"/api/search?q={query}&n={Guid.NewGuid():N}", UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }
}
