using Microsoft.Extensions.Logging.Abstractions;
using Mirsad.Core.Articles;
using Mirsad.Search.Lucene;
using Mirsad.Storage.Sqlite;

namespace Mirsad.Tests.Support;

/// <summary>Compares a data directory's store with its index from outside, the way <c>mirsad check</c> does, without writing either.</summary>
internal static class StoreAndIndex
{
    public static async Task<ArchiveCheckResult> CheckAsync(string data)
    {
        var store = new SqliteArticleStore(new SqliteDatabase(Path.Combine(data, "mirsad.db")), TimeProvider.System);
        using var index = LuceneSearchIndex.OpenReadOnly(Path.Combine(data, "index"));
        using var archive = new ArticleArchive(store, index, NullLogger<ArticleArchive>.Instance, TimeProvider.System);
        return await new ArchiveCheck(archive).CheckAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A JSON Lines file of <paramref name="count"/> small distinct articles with ids PREFIX-0, PREFIX-1, ...</summary>
    public static string Corpus(string directory, string prefix, int count)
    {
        var path = Path.Combine(directory, $"{prefix}.jsonl");
        using var file = File.CreateText(path);
        string[] places = ["Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Homs", "Latakia", "Daraa", "Hama"];
        for (var i = 0; i < count; i++)
        {
            var place = places[i % places.Length];
            file.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = $"{prefix}-{i}",
                title = $"Report {i} from {place} on the {prefix} desk",
                text = $"Residents of {place} described the situation on day {i}. Local councils in {place} met aid workers about water, bread and electricity. Report {prefix} number {i}.",
                source = $"{prefix} wire",
                date = "2024-03-01",
            }));
        }

        return path;
    }
}
