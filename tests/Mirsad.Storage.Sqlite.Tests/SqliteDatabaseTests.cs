using Mirsad.Core.Articles;

namespace Mirsad.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Open_ManyOpenersOfANewFileAtOnce_EachScriptRunsOnce()
    {
        // As two processes starting on a fresh data directory: each has its own SqliteDatabase.
        var path = Path.Combine(_dir.Path, "m.db");
        var openers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => new SqliteDatabase(path).SchemaVersion(), TestContext.Current.CancellationToken)).ToList();
        var versions = await Task.WhenAll(openers);

        Assert.Single(versions.Distinct());
        var store = new SqliteArticleStore(new SqliteDatabase(path), TimeProvider.System);
        var saved = await store.SaveAsync([new Article { Id = "1", Slug = "", Headline = "After the race", Body = [ArticleBlock.Paragraph("Text.")] }], TestContext.Current.CancellationToken);
        Assert.Equal(1, saved.Sequence);
    }

    [Fact]
    public async Task PublishedIds_ReadsOnlyPublishedArticlesWithTheirSequence()
    {
        var store = new SqliteArticleStore(new SqliteDatabase(Path.Combine(_dir.Path, "m.db")), TimeProvider.System);
        await store.SaveAsync(
            [
                new Article { Id = "p", Slug = "", Headline = "Published", Body = [ArticleBlock.Paragraph("Text.")] },
                new Article { Id = "d", Slug = "", Headline = "Draft", Body = [ArticleBlock.Paragraph("Text.")], Status = ArticleStatus.Draft },
            ],
            TestContext.Current.CancellationToken);

        var published = await store.PublishedIdsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["p"], published.Ids);
        Assert.Equal(2, published.Sequence);
    }
}
