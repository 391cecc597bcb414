using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Sqlite.Tests;

public sealed class SqliteKeywordAndSourceStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SqliteDatabase _db;

    public SqliteKeywordAndSourceStoreTests() => _db = new SqliteDatabase(Path.Combine(_dir.Path, "m.db"));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task KeywordProfile_CountsPublishedArticlesAndDates()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new SqliteArticleStore(_db, TimeProvider.System);
        var keywords = new SqliteKeywordStore(_db, TimeProvider.System);
        ArticleKeyword putin = new("vladimir-putin", "Vladimir Putin", KeywordKind.Person);
        await store.SaveAsync(
            [
                new Article { Id = "1", Slug = "", Headline = "A", Keywords = [putin], PublishedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                new Article { Id = "2", Slug = "", Headline = "B", Keywords = [putin], PublishedAt = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                new Article { Id = "3", Slug = "", Headline = "C", Keywords = [putin], Status = ArticleStatus.Draft },
            ],
            ct);
        await keywords.AddAliasesAsync(new Keyword("vladimir-putin", "Vladimir Putin", KeywordKind.Person), ["بوتين"], ct);

        var profile = await keywords.GetAsync("vladimir-putin", ct);
        Assert.NotNull(profile);
        Assert.Equal(2, profile.ArticleCount);
        Assert.Equal(2020, profile.FirstSeen!.Value.Year);
        Assert.Equal(2021, profile.LastSeen!.Value.Year);
        Assert.Equal(["بوتين"], profile.Keyword.Aliases);
        Assert.Equal([new KeywordCount("vladimir-putin", "Vladimir Putin", KeywordKind.Person, 2)], await keywords.ListAsync(cancellationToken: ct));
        Assert.Null(await keywords.GetAsync("nobody", ct));
    }

    [Fact]
    public async Task SourceUpsert_ReplacesLeaning_AndImportDoesNotOverwriteIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var sources = new SqliteSourceStore(_db, TimeProvider.System);
        await sources.UpsertAsync(new SourceOutlet("tishreen", "Tishreen", Leaning: "pro-government newspaper"), ct);
        var store = new SqliteArticleStore(_db, TimeProvider.System);
        await store.SaveAsync([new Article { Id = "1", Slug = "", Headline = "A", Source = new SourceOutlet("tishreen", "tishreen") }], ct);
        var source = await sources.GetAsync("tishreen", ct);
        Assert.Equal("Tishreen (pro-government newspaper)", source!.LabelledName);
        Assert.Single(await sources.ListAsync(ct));
    }
}
