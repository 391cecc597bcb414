using Mirsad.Core.Articles;

namespace Mirsad.Storage.Sqlite.Tests;

public sealed class SqliteWorkflowStorageTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SqliteDatabase _db;
    private readonly SqliteArticleStore _store;
    private readonly SqliteRevisionStore _revisions;

    public SqliteWorkflowStorageTests()
    {
        _db = new SqliteDatabase(Path.Combine(_dir.Path, "m.db"));
        _store = new SqliteArticleStore(_db, TimeProvider.System);
        _revisions = new SqliteRevisionStore(_db);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    private static Article Make(string id, string slug = "", ArticleStatus status = ArticleStatus.Draft) => new()
    {
        Id = id,
        Slug = slug,
        Headline = "Week in review",
        Body = [ArticleBlock.Subheading("Story"), ArticleBlock.Paragraph("Summary.")],
        Kind = ArticleKind.Roundup,
        Links = [new ArticleLink("Story", "/article/story", "Summary.")],
        Status = status,
    };

    [Fact]
    public async Task SaveAsync_KindAndLinks_RoundTrip()
    {
        await _store.SaveAsync([Make("r1")], Ct);
        var stored = (await _store.GetAsync("r1", Ct))!;
        Assert.Equal(ArticleKind.Roundup, stored.Kind);
        Assert.Equal(new ArticleLink("Story", "/article/story", "Summary."), Assert.Single(stored.Links));
    }

    [Fact]
    public async Task SaveAsync_ExistingArticleNamingANewSlug_TakesIt_OtherwiseKeepsItsOwn()
    {
        await _store.SaveAsync([Make("r1", "r1")], Ct);
        await _store.SaveAsync([Make("other", "taken")], Ct);
        var kept = await _store.SaveAsync([Make("r1") with { Headline = "Changed" }], Ct);
        Assert.Equal("r1", kept.Saved[0].Slug);
        var renamed = await _store.SaveAsync([Make("r1", "week-in-review") with { Headline = "Changed" }], Ct);
        Assert.Equal("week-in-review", renamed.Saved[0].Slug); // a rename alone is a change
        var clash = await _store.SaveAsync([Make("r1", "taken") with { Headline = "Changed" }], Ct);
        Assert.Equal("taken-r1", clash.Saved[0].Slug);
        Assert.Empty((await _store.SaveAsync([Make("r1", "taken-r1") with { Headline = "Changed" }], Ct)).Saved);
    }

    [Fact]
    public async Task Revisions_AreNumberedPerArticle_AndKeepTheWholeArticle()
    {
        var at = new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(1, await _revisions.AddAsync(Make("a"), at, "tariq", "created", Ct));
        Assert.Equal(2, await _revisions.AddAsync(Make("a", status: ArticleStatus.Published) with { Headline = "Second" }, at.AddMinutes(1), "edward", "publish", Ct));
        Assert.Equal(1, await _revisions.AddAsync(Make("b"), at, "tariq", null, Ct));

        Assert.Equal([2, 1], (await _revisions.ListAsync("a", Ct)).Select(r => r.Number));
        var first = (await _revisions.GetAsync("a", 1, Ct))!;
        Assert.Equal(("tariq", "created", at), (first.Actor, first.Note, first.At));
        Assert.Equal(Make("a").Links, first.Article.Links);
        Assert.Equal(Make("a").Body, first.Article.Body);
        Assert.Equal("Second", (await _revisions.GetAsync("a", 2, Ct))!.Article.Headline);
        Assert.Null(await _revisions.GetAsync("a", 3, Ct));
        Assert.Equal(2, await _revisions.LatestNumberAsync("a", Ct));
        Assert.True(await _revisions.EverAsync("a", [ArticleStatus.Published], Ct));
        Assert.False(await _revisions.EverAsync("b", [ArticleStatus.Published, ArticleStatus.Unpublished], Ct));
    }
}
