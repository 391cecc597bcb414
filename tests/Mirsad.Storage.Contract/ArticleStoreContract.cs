using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Storage.Contract;

/// <summary>What every <see cref="IArticleStore"/> does: round trips, slugs, listings, the change log and follower positions.</summary>
public abstract class ArticleStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private IArticleStore Store => Get<IArticleStore>();

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryPart()
    {
        var result = await Store.SaveAsync([Samples.Article("a1")], Ct);
        var stored = await Store.GetAsync("a1", Ct);
        Assert.NotNull(stored);
        Assert.Equal("putin-writes-to-sharaa", stored.Slug);
        Assert.Equal(result.Saved[0].Slug, stored.Slug);
        Assert.Equal(Samples.Article("a1").Body, stored.Body);
        Assert.Equal(Samples.Article("a1").Original, stored.Original);
        Assert.Equal(["vladimir-putin", "russia"], stored.Keywords.Select(k => k.Slug));
        Assert.Equal(KeywordOrigin.Editor, stored.Keywords[1].Origin);
        Assert.Equal(KeywordKind.Person, stored.Keywords[0].Kind);
        Assert.Equal(new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero), stored.PublishedAt);
        Assert.Equal("Syria TV", stored.Source!.Name);
        Assert.Equal(("Foreign Actors", "Stand.", ArticleStatus.Published), (stored.Section, stored.Standfirst, stored.Status));
        Assert.Equal("a1", (await Store.GetBySlugAsync(stored.Slug, Ct))!.Id);
        Assert.Null(await Store.GetBySlugAsync("no-such-slug", Ct));
    }

    [Fact]
    public async Task SaveAsync_KindAndLinks_RoundTrip()
    {
        await Store.SaveAsync([Samples.Roundup("r1")], Ct);
        var stored = (await Store.GetAsync("r1", Ct))!;
        Assert.Equal(ArticleKind.Roundup, stored.Kind);
        Assert.Equal(new ArticleLink("Story", "/article/story", "Summary."), Assert.Single(stored.Links));
    }

    [Fact]
    public async Task SaveAsync_SameArticleTwice_IsUnchangedAndKeepsSequence()
    {
        var first = await Store.SaveAsync([Samples.Article("a1")], Ct);
        var second = await Store.SaveAsync([Samples.Article("a1")], Ct);
        Assert.Single(first.Saved);
        Assert.Empty(second.Saved);
        Assert.Equal(1, second.Unchanged);
        Assert.Equal(first.Sequence, second.Sequence);
    }

    [Fact]
    public async Task SaveAsync_ChangedArticle_KeepsItsSlugAndAdvancesSequence()
    {
        var first = await Store.SaveAsync([Samples.Article("a1")], Ct);
        var second = await Store.SaveAsync([Samples.Article("a1", "A completely new headline")], Ct);
        Assert.Equal(first.Saved[0].Slug, second.Saved[0].Slug);
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal("A completely new headline", (await Store.GetAsync("a1", Ct))!.Headline);
    }

    [Fact]
    public async Task SaveAsync_SameHeadlineDifferentIds_GetsUniqueSlugs()
    {
        var result = await Store.SaveAsync([Samples.Article("a1"), Samples.Article("a2"), Samples.Article("a3")], Ct);
        Assert.Equal(3, result.Saved.Select(a => a.Slug).Distinct().Count());
        Assert.Equal(3, result.Sequence);
        Assert.Equal("a3", (await Store.GetBySlugAsync(result.Saved[2].Slug, Ct))!.Id);
    }

    [Fact]
    public async Task SaveAsync_ExistingArticleNamingANewSlug_TakesIt_OtherwiseKeepsItsOwn()
    {
        await Store.SaveAsync([Samples.Roundup("r1", "r1")], Ct);
        await Store.SaveAsync([Samples.Roundup("other", "taken")], Ct);
        var kept = await Store.SaveAsync([Samples.Roundup("r1") with { Headline = "Changed" }], Ct);
        Assert.Equal("r1", kept.Saved[0].Slug);
        var renamed = await Store.SaveAsync([Samples.Roundup("r1", "week-in-review") with { Headline = "Changed" }], Ct);
        Assert.Equal("week-in-review", renamed.Saved[0].Slug); // a rename alone is a change
        var clash = await Store.SaveAsync([Samples.Roundup("r1", "taken") with { Headline = "Changed" }], Ct);
        Assert.Equal("taken-r1", clash.Saved[0].Slug);
        Assert.Empty((await Store.SaveAsync([Samples.Roundup("r1", "taken-r1") with { Headline = "Changed" }], Ct)).Saved);
    }

    [Fact]
    public async Task SaveAsync_FailureMidBatch_RollsBackTheWholeBatch()
    {
        using var cancel = new CancellationTokenSource();
        var articles = Enumerable.Range(0, 10).Select(i => Samples.Article("b" + i, "Story " + i)).ToList();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync(articles, cancel.Token));
        Assert.Equal(0, await Store.CountAsync(cancellationToken: Ct));
        Assert.Equal(0, await Store.CurrentSequenceAsync(Ct));
    }

    [Fact]
    public async Task SaveAsync_SqlInjectionInFields_IsStoredVerbatim()
    {
        var evil = "x'); DROP TABLE articles; --";
        await Store.SaveAsync([Samples.Article(evil, evil)], Ct);
        Assert.Equal(evil, (await Store.GetAsync(evil, Ct))!.Headline);
        Assert.Equal(1, await Store.CountAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task AddressesAsync_PublishedOnly_OldestFirstPagedAndSince()
    {
        await Store.SaveAsync(
            [
                Samples.Article("new", "New story", new DateTimeOffset(2025, 5, 2, 0, 0, 0, TimeSpan.Zero)),
                Samples.Article("old", "Old story", new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)),
                Samples.Article("mid", "Mid story", new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.Zero)),
                Samples.Article("draft", "Draft story", status: ArticleStatus.Draft),
            ],
            Ct);
        var all = await Store.AddressesAsync(null, 0, 10, Ct);
        Assert.Equal(["Old story", "Mid story", "New story"], all.Select(a => a.Headline));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), all[0].PublishedAt);
        Assert.Equal(("old-story", "en"), (all[0].Slug, all[0].Language));
        Assert.Equal(["Mid story"], (await Store.AddressesAsync(null, 1, 1, Ct)).Select(a => a.Headline));
        Assert.Equal(["Mid story", "New story"], (await Store.AddressesAsync(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), 0, 10, Ct)).Select(a => a.Headline));
    }

    [Fact]
    public async Task ListAsync_FiltersByKeywordSourceSectionAndMonth_NewestFirst()
    {
        await Store.SaveAsync(
            [
                Samples.Article("old", "Old story", new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)),
                Samples.Article("new", "New story", new DateTimeOffset(2025, 5, 2, 0, 0, 0, TimeSpan.Zero)),
                Samples.Article("draft", "Draft story", status: ArticleStatus.Draft),
            ],
            Ct);
        Assert.Equal(["new", "old"], (await Store.ListAsync(new ArticleListQuery { Keyword = "vladimir-putin" }, Ct)).Items.Select(i => i.Id));
        Assert.Equal(2, (await Store.ListAsync(new ArticleListQuery { Source = "syria-tv" }, Ct)).Total);
        Assert.Equal(2, (await Store.ListAsync(new ArticleListQuery { Section = "foreign-actors" }, Ct)).Total);
        Assert.Equal(["old"], (await Store.ListAsync(new ArticleListQuery { Year = 2024, Month = 1 }, Ct)).Items.Select(i => i.Id));
        Assert.Equal(["new"], (await Store.ListAsync(new ArticleListQuery { Year = 2025 }, Ct)).Items.Select(i => i.Id));
        Assert.Equal(["draft"], (await Store.ListAsync(new ArticleListQuery { Status = ArticleStatus.Draft }, Ct)).Items.Select(i => i.Id));
        Assert.Equal([new MonthCount(2025, 5, 1), new MonthCount(2024, 1, 1)], await Store.MonthsAsync(Ct));
        Assert.Equal([new SectionCount("foreign-actors", "Foreign Actors", 2)], await Store.SectionsAsync(Ct));
        Assert.Equal(1, await Store.CountAsync(ArticleStatus.Draft, Ct));
    }

    [Fact]
    public async Task ListAsync_Pages_KeepTheTotalAndTheOrder()
    {
        await Store.SaveAsync([.. Enumerable.Range(1, 5).Select(i => Samples.Article("p" + i, "Story " + i, Samples.Day(2025, 1, i)))], Ct);
        var second = await Store.ListAsync(new ArticleListQuery { Page = 2, PageSize = 2 }, Ct);
        Assert.Equal((5, 3), (second.Total, second.PageCount));
        Assert.Equal(["p3", "p2"], second.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task ChangesSinceAsync_ReportsSavesAndDeletesInOrder()
    {
        await Store.SaveAsync([Samples.Article("a1"), Samples.Article("a2")], Ct);
        Assert.True(await Store.DeleteAsync("a1", Ct));
        Assert.False(await Store.DeleteAsync("missing", Ct));
        var changes = await Store.ChangesSinceAsync(0, 100, Ct);
        Assert.Equal(["a2", "a1"], changes.Select(c => c.Id));
        Assert.Equal([2L, 3L], changes.Select(c => c.Sequence));
        Assert.NotNull(changes[0].Article);
        Assert.Null(changes[1].Article);
        Assert.Equal(3, await Store.CurrentSequenceAsync(Ct));
        Assert.Empty(await Store.ChangesSinceAsync(3, 100, Ct));
        Assert.Equal(["a2"], (await Store.ChangesSinceAsync(0, 1, Ct)).Select(c => c.Id));
        Assert.Null(await Store.GetAsync("a1", Ct));
    }

    [Fact]
    public async Task DeleteAsync_ThenSaveAgain_TheArticleComesBackAsAChange()
    {
        await Store.SaveAsync([Samples.Article("a1")], Ct);
        await Store.DeleteAsync("a1", Ct);
        var again = await Store.SaveAsync([Samples.Article("a1")], Ct);
        var changes = await Store.ChangesSinceAsync(0, 100, Ct);
        Assert.Equal(3, again.Sequence);
        Assert.Equal([(3L, true)], changes.Select(c => (c.Sequence, c.Article is not null)));
    }

    [Fact]
    public async Task SequencesAsync_GivesEachArticlesLastChange_AndLeavesOutMissingIds()
    {
        await Store.SaveAsync([Samples.Article("a1"), Samples.Article("a2")], Ct);
        await Store.SaveAsync([Samples.Article("a1", "Changed")], Ct);
        var sequences = await Store.SequencesAsync(["a1", "a2", "missing"], Ct);
        Assert.Equal(new Dictionary<string, long> { ["a1"] = 3, ["a2"] = 2 }, sequences);
    }

    [Fact]
    public async Task PublishedIdsAsync_ReadsOnlyPublishedArticlesWithTheSequence()
    {
        await Store.SaveAsync([Samples.Article("p1"), Samples.Article("d1", "A draft", status: ArticleStatus.Draft), Samples.Article("p2", "Another")], Ct);
        await Store.DeleteAsync("p2", Ct);

        var published = await Store.PublishedIdsAsync(Ct);

        Assert.Equal(["p1"], published.Ids);
        Assert.Equal(await Store.CurrentSequenceAsync(Ct), published.Sequence);
    }

    [Fact]
    public async Task FollowerPosition_SetAndReadBack_IsKeptPerFollowerApartFromTheSequence()
    {
        await Store.SaveAsync([Samples.Article("f1")], Ct);
        Assert.Equal(0, await Store.FollowerPositionAsync("keywords-refined", Ct));
        await Store.SetFollowerPositionAsync("keywords-refined", 1, Ct);
        await Store.SetFollowerPositionAsync("keywords-refined", 7, Ct);
        Assert.Equal(7, await Store.FollowerPositionAsync("keywords-refined", Ct));
        Assert.Equal(0, await Store.FollowerPositionAsync("another", Ct));
        Assert.Equal(1, await Store.CurrentSequenceAsync(Ct));
    }

    [Fact]
    public async Task AllAsync_GivesEveryArticleInIdOrder_AcrossPages()
    {
        var ids = Enumerable.Range(0, 1_203).Select(i => $"id-{i:D5}").ToList();
        await Store.SaveAsync([.. ids.AsEnumerable().Reverse().Select(id => Samples.Article(id, "Story " + id))], Ct);
        var all = new List<string>();
        await foreach (var article in Store.AllAsync(Ct))
        {
            all.Add(article.Id);
        }

        Assert.Equal(ids, all);
    }
}
