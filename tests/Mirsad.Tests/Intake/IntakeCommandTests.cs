using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Intake;

public sealed class IntakeCommandTests : IAsyncLifetime
{
    private readonly TempDataDirectory _dir = new();
    private FeedTestServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FeedTestServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private Task<CliResult> Run(params string[] args) => CliWithSettings.RunAsync(IntakeHarness.FastSettings, ["--data", _dir.Path, .. args]);

    [Fact]
    public async Task IngestOnce_SourcesAddedFromTheCli_PrintsOneLinePerSourceAndFillsTheDesk()
    {
        Assert.Equal(0, (await Run("sources", "add", "--name", "SANA", "--feed", _server.Url("/feeds/sana.xml"), "--homepage", "https://sana.sy", "--language", "ar", "--leaning", "Syrian state news agency")).ExitCode);
        Assert.Equal(0, (await Run("sources", "add", "--name", "Wire", "--feed", _server.Url("/feeds/wire.xml"), "--language", "en")).ExitCode);
        Assert.Equal(0, (await Run("sources", "add", "--name", "Gone", "--feed", _server.Url("/broken/404.xml"))).ExitCode);

        var ingest = await Run("ingest", "--once");
        Assert.Equal(0, ingest.ExitCode); // a failed source does not fail the round
        Assert.Equal(3, ingest.OutLines.Length);
        Assert.Contains("sana (SANA): new=2 duplicates=0 errors=0", ingest.Out, StringComparison.Ordinal);
        Assert.Contains("wire (Wire): new=0 duplicates=2 errors=1", ingest.Out, StringComparison.Ordinal);
        Assert.Matches(@"gone \(Gone\): new=0 duplicates=0 errors=1 .*error: .*HTTP 404", ingest.Out);

        var desk = await Run("desk", "--json");
        var items = desk.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, items.Count);
        foreach (var field in new[] { "id", "source", "url", "title", "language", "published", "duplicate_of" })
        {
            Assert.All(items, i => Assert.True(i.TryGetProperty(field, out _), field));
        }

        var published = items.Select(i => i.GetProperty("published").GetString()).Where(p => p is not null).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published); // newest first
        var original = items.Single(i => i.GetProperty("url").GetString()!.EndsWith("/pages/sana-1.html", StringComparison.Ordinal));
        var copy = items.Single(i => i.GetProperty("url").GetString()!.Contains("utm_source", StringComparison.Ordinal));
        Assert.Equal(original.GetProperty("id").GetInt64(), copy.GetProperty("duplicate_of").GetInt64());
        Assert.Equal("SANA", original.GetProperty("source").GetString());
        Assert.Equal("ar", original.GetProperty("language").GetString());

        var list = await Run("sources", "list", "--json");
        var gone = list.OutLines.Select(l => JsonDocument.Parse(l).RootElement).Single(s => s.GetProperty("slug").GetString() == "gone");
        Assert.Contains("HTTP 404", gone.GetProperty("health").GetProperty("last_error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesAdd_BadInput_ExitsWithUsageAndSaysWhy()
    {
        var result = await Run("sources", "add", "--name", "X", "--feed", "ftp://example.org/feed", "--language", "arabic");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an absolute http or https address", result.Error, StringComparison.Ordinal);
        Assert.Contains("not a language code", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesStarter_RegistersTheSyriaListSwitchedOff()
    {
        Assert.Equal(0, (await Run("sources", "starter")).ExitCode);
        var sources = (await Run("sources", "list", "--json")).OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(sources.Count >= 20);
        Assert.All(sources, s => Assert.False(s.GetProperty("active").GetBoolean()));
        Assert.Contains(sources, s => s.GetProperty("slug").GetString() == "enab-baladi" && s.GetProperty("leaning").GetString() == "opposition newspaper");
        Assert.Contains(sources, s => s.GetProperty("slug").GetString() == "north-press" && s.GetProperty("leaning").GetString() == "Kurdish agency");

        var ingest = await Run("ingest", "--once");
        Assert.Empty(ingest.OutLines); // nothing unconfirmed is polled
    }

    [Fact]
    public async Task IngestOnce_KilledMidRound_NextRoundResumesWithoutLosingOrDuplicatingItems()
    {
        const int Stories = 12;

        // Both rounds get a timeout far above the 400 ms a page takes: on a loaded machine a short one
        // makes the fetcher retry a page it had in fact been sent, which is a retry, not the bug guarded here.
        var settings = new Dictionary<string, string?>(IntakeHarness.FastSettings) { ["Mirsad:Intake:Timeout"] = "00:00:30" };
        Assert.Equal(0, (await Run("sources", "add", "--name", "Slow outlet", "--feed", _server.Url($"/slow/feed.xml?count={Stories}"), "--language", "en")).ExitCode);
        var program = Path.Combine(AppContext.BaseDirectory, "mirsad.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", program, "--data", _dir.Path, "ingest", "--once"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using (var ingest = Process.Start(start)!)
        {
            // Kill once a few stories are stored, long before the round could finish (each page takes 400 ms).
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (CountReady() < 3 && DateTime.UtcNow < deadline && !ingest.HasExited)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            Assert.False(ingest.HasExited, "the round finished before it could be killed");
            ingest.Kill(entireProcessTree: true);
            await ingest.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var readyAtKill = Strings("SELECT url FROM monitored_items WHERE status = 'ready'");
        Assert.InRange(readyAtKill.Count, 3, Stories - 1);
        Assert.Equal(Stories, CountItems()); // every entry of the feed was stored before the pages were read

        // The second round introduces itself differently, so that its requests are told apart from any
        // the killed process had sent before it died, however late the server sees those.
        const string Resumed = "Mirsad-resumed-round/1.0 (test)";
        var again = await CliWithSettings.RunAsync(new Dictionary<string, string?>(settings) { ["Mirsad:Intake:UserAgent"] = Resumed }, "--data", _dir.Path, "ingest", "--once");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"new={Stories - readyAtKill.Count} duplicates=0 errors=0 seen={Stories} pending=0", again.Out, StringComparison.Ordinal);
        Assert.Equal(Stories, CountItems());
        Assert.Equal(Stories, CountReady());
        Assert.Equal(Stories, Scalar("SELECT COUNT(*) FROM monitored_items")); // no entry stored twice

        // The resumed round reads exactly the pages the killed one had not finished (the one in flight
        // at the kill included), each once, and none it had already stored.
        for (var n = 1; n <= Stories; n++)
        {
            var path = $"/slow/page-{n}.html";
            Assert.Equal(readyAtKill.Contains(_server.Url(path)) ? 0 : 1, _server.Requests.Count(r => r.Path == path && r.Agent == Resumed));
        }
    }

    private int CountReady() => Scalar("SELECT COUNT(*) FROM monitored_items WHERE status = 'ready'");

    private int CountItems() => Scalar("SELECT COUNT(DISTINCT link_key) FROM monitored_items");

    private HashSet<string> Strings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, "mirsad.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private int Scalar(string sql)
    {
        var path = Path.Combine(_dir.Path, "mirsad.db");
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }
}
