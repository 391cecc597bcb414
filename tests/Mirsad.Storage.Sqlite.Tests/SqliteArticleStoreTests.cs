using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Sqlite.Tests;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SqliteDatabase _db;
    private readonly SqliteArticleStore _store;

    public SqliteArticleStoreTests()
    {
        _db = new SqliteDatabase(Path.Combine(_dir.Path, "m.db"));
        _store = new SqliteArticleStore(_db, TimeProvider.System);
    }

    public void Dispose() => _dir.Dispose();

    private static Article Make(string id, string headline = "Putin writes to Sharaa", DateTimeOffset? date = null, ArticleStatus status = ArticleStatus.Published) => new()
    {
        Id = id,
        Slug = string.Empty,
        Headline = headline,
        Standfirst = "Stand.",
        Body = [ArticleBlock.Paragraph("One."), ArticleBlock.Subheading("Sub"), ArticleBlock.Quote("Q.")],
        PublishedAt = date ?? new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero),
        Section = "Foreign Actors",
        Source = new SourceOutlet("syria-tv", "Syria TV"),
        Original = new ArticleOriginal("رسالة", "نص", "ar", "https://example.org/x"),
        Keywords = [new ArticleKeyword("vladimir-putin", "Vladimir Putin", KeywordKind.Person), new ArticleKeyword("russia", "Russia", KeywordKind.Place, KeywordOrigin.Editor)],
        Status = status,
    };

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryPart()
    {
        var result = await _store.SaveAsync([Make("a1")], TestContext.Current.CancellationToken);
        var stored = await _store.GetAsync("a1", TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal("putin-writes-to-sharaa", stored.Slug);
        Assert.Equal(result.Saved[0].Slug, stored.Slug);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Subheading, BlockKind.Quote], stored.Body.Select(b => b.Kind));
        Assert.Equal("ar", stored.Original!.Language);
        Assert.Equal(["vladimir-putin", "russia"], stored.Keywords.Select(k => k.Slug));
        Assert.Equal(KeywordOrigin.Editor, stored.Keywords[1].Origin);
        Assert.Equal(new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero), stored.PublishedAt);
        Assert.Equal("Syria TV", stored.Source!.Name);
    }

    [Fact]
    public async Task SaveAsync_SameArticleTwice_IsUnchangedAndKeepsSequence()
    {
        var first = await _store.SaveAsync([Make("a1")], TestContext.Current.CancellationToken);
        var second = await _store.SaveAsync([Make("a1")], TestContext.Current.CancellationToken);
        Assert.Single(first.Saved);
        Assert.Empty(second.Saved);
        Assert.Equal(1, second.Unchanged);
        Assert.Equal(first.Sequence, second.Sequence);
    }

    [Fact]
    public async Task SaveAsync_ChangedArticle_KeepsItsSlugAndAdvancesSequence()
    {
        var first = await _store.SaveAsync([Make("a1")], TestContext.Current.CancellationToken);
        var second = await _store.SaveAsync([Make("a1", "A completely new headline")], TestContext.Current.CancellationToken);
        Assert.Equal(first.Saved[0].Slug, second.Saved[0].Slug);
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal("A completely new headline", (await _store.GetAsync("a1", TestContext.Current.CancellationToken))!.Headline);
    }

    [Fact]
    public async Task SaveAsync_SameHeadlineDifferentIds_GetsUniqueSlugs()
    {
        var result = await _store.SaveAsync([Make("a1"), Make("a2"), Make("a3")], TestContext.Current.CancellationToken);
        Assert.Equal(3, result.Saved.Select(a => a.Slug).Distinct().Count());
        Assert.NotNull(await _store.GetBySlugAsync(result.Saved[2].Slug, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ListAsync_FiltersByKeywordSourceSectionAndMonth_NewestFirst()
    {
        await _store.SaveAsync(
            [
                Make("old", "Old story", new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)),
                Make("new", "New story", new DateTimeOffset(2025, 5, 2, 0, 0, 0, TimeSpan.Zero)),
                Make("draft", "Draft story", status: ArticleStatus.Draft),
            ],
            TestContext.Current.CancellationToken);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(["new", "old"], (await _store.ListAsync(new ArticleListQuery { Keyword = "vladimir-putin" }, ct)).Items.Select(i => i.Id));
        Assert.Equal(2, (await _store.ListAsync(new ArticleListQuery { Source = "syria-tv" }, ct)).Total);
        Assert.Equal(2, (await _store.ListAsync(new ArticleListQuery { Section = "foreign-actors" }, ct)).Total);
        Assert.Equal(["old"], (await _store.ListAsync(new ArticleListQuery { Year = 2024, Month = 1 }, ct)).Items.Select(i => i.Id));
        Assert.Equal(["draft"], (await _store.ListAsync(new ArticleListQuery { Status = ArticleStatus.Draft }, ct)).Items.Select(i => i.Id));
        Assert.Equal([new MonthCount(2025, 5, 1), new MonthCount(2024, 1, 1)], await _store.MonthsAsync(ct));
    }

    [Fact]
    public async Task ChangesSinceAsync_ReportsSavesAndDeletesInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await _store.SaveAsync([Make("a1"), Make("a2")], ct);
        Assert.True(await _store.DeleteAsync("a1", ct));
        Assert.False(await _store.DeleteAsync("missing", ct));
        var changes = await _store.ChangesSinceAsync(0, 100, ct);
        Assert.Equal(["a2", "a1"], changes.Select(c => c.Id));
        Assert.NotNull(changes[0].Article);
        Assert.Null(changes[1].Article);
        Assert.Equal(3, await _store.CurrentSequenceAsync(ct));
        Assert.Empty(await _store.ChangesSinceAsync(3, 100, ct));
    }

    [Fact]
    public async Task FollowerPosition_SetAndReadBack_IsKeptPerFollowerApartFromTheSequence()
    {
        var ct = TestContext.Current.CancellationToken;
        await _store.SaveAsync([Make("f1")], ct);

        Assert.Equal(0, await _store.FollowerPositionAsync("keywords-refined", ct));
        await _store.SetFollowerPositionAsync("keywords-refined", 1, ct);
        await _store.SetFollowerPositionAsync("keywords-refined", 7, ct);

        Assert.Equal(7, await _store.FollowerPositionAsync("keywords-refined", ct));
        Assert.Equal(0, await _store.FollowerPositionAsync("another", ct));
        Assert.Equal(1, await _store.CurrentSequenceAsync(ct));
    }

    [Fact]
    public async Task SaveAsync_FailureMidBatch_RollsBackTheWholeBatch()
    {
        var ct = TestContext.Current.CancellationToken;
        using var cancel = new CancellationTokenSource();
        var articles = Enumerable.Range(0, 10).Select(i => Make("b" + i, "Story " + i)).ToList();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.SaveAsync(articles, cancel.Token));
        Assert.Equal(0, await _store.CountAsync(cancellationToken: ct));
        Assert.Equal(0, await _store.CurrentSequenceAsync(ct));
    }

    [Fact]
    public void Open_NewFile_AppliesMigrationsInWalMode()
    {
        Assert.True(_db.SchemaVersion() >= 1);
        using var connection = _db.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task SaveAsync_SqlInjectionInFields_IsStoredVerbatim()
    {
        var ct = TestContext.Current.CancellationToken;
        var evil = "x'); DROP TABLE articles; --";
        await _store.SaveAsync([Make(evil, evil)], ct);
        Assert.Equal(evil, (await _store.GetAsync(evil, ct))!.Headline);
        Assert.Equal(1, await _store.CountAsync(cancellationToken: ct));
    }
}
