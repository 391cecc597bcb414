using System.Net;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Web;

/// <summary>
/// Serving read-only (here asked for with Mirsad:ReadOnly; OperatorErrorTests does it over a read-only
/// mount where the machine allows): readers' pages and search work, the newsroom says why it is off,
/// and nothing in the data directory changes.
/// </summary>
public sealed class ReadOnlyServeTests
{
    [Fact]
    public async Task Serve_ReadOnly_ReadersWorkNewsroomExplainsAndNothingIsWritten()
    {
        await using var factory = new MirsadWebFactory().With("Mirsad:ReadOnly", "true");
        var corpus = StoreAndIndex.Corpus(factory.DataDirectory, "calm", 25);
        var import = await CliRunner.RunAsync("--data", factory.DataDirectory, "import", corpus);
        Assert.Equal(0, import.ExitCode);
        var before = Snapshot(factory.DataDirectory);

        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var search = await client.GetStringAsync(new Uri("/api/search?q=calm", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("\"total\":25", search, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        foreach (var path in new[] { "/newsroom", "/newsroom/login", "/newsroom/setup", "/newsroom/desk" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("This Mirsad serves its data read-only (Mirsad:ReadOnly is set), so the newsroom", page, StringComparison.Ordinal);
        }

        var login = await client.PostAsync(new Uri("/newsroom/login", UriKind.Relative), new FormUrlEncodedContent([new("name", "x"), new("password", "y")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, login.StatusCode);

        Assert.Equal(before, Snapshot(factory.DataDirectory)); // no demo loaded, no keys made, no index taken
        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "keys")));
    }

    // The store's content and the index's files: what a read-only site must leave as it found them.
    private static string Snapshot(string data)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "mirsad.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT value FROM meta WHERE key = 'sequence') || '/' || (SELECT COUNT(*) FROM articles)";
        var index = string.Join(',', Directory.GetFiles(Path.Combine(data, "index")).Select(Path.GetFileName).Where(f => f != "owner.txt").Order(StringComparer.Ordinal));
        return $"{command.ExecuteScalar()} {index}";
    }
}
