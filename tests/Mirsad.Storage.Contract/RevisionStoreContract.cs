using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;

namespace Mirsad.Storage.Contract;

/// <summary>What every <see cref="IRevisionStore"/> does: numbered revisions per article, each the whole article.</summary>
public abstract class RevisionStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    [Fact]
    public async Task Revisions_AreNumberedPerArticle_AndKeepTheWholeArticle()
    {
        var revisions = Get<IRevisionStore>();
        var at = new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(1, await revisions.AddAsync(Samples.Roundup("a"), at, "tariq", "created", Ct));
        Assert.Equal(2, await revisions.AddAsync(Samples.Roundup("a", status: ArticleStatus.Published) with { Headline = "Second" }, at.AddMinutes(1), "edward", "publish", Ct));
        Assert.Equal(1, await revisions.AddAsync(Samples.Roundup("b"), at, "tariq", null, Ct));

        Assert.Equal([(2, ArticleStatus.Published, "edward"), (1, ArticleStatus.Draft, "tariq")], (await revisions.ListAsync("a", Ct)).Select(r => (r.Number, r.Status, r.Actor)));
        var first = (await revisions.GetAsync("a", 1, Ct))!;
        Assert.Equal(("tariq", "created", at), (first.Actor, first.Note, first.At));
        Assert.Equal(Samples.Roundup("a").Links, first.Article.Links);
        Assert.Equal(Samples.Roundup("a").Body, first.Article.Body);
        Assert.Equal(ArticleKind.Roundup, first.Article.Kind);
        Assert.Equal("Second", (await revisions.GetAsync("a", 2, Ct))!.Article.Headline);
        Assert.Null(await revisions.GetAsync("a", 3, Ct));
        Assert.Equal(2, await revisions.LatestNumberAsync("a", Ct));
        Assert.Equal(0, await revisions.LatestNumberAsync("nobody", Ct));
        Assert.True(await revisions.EverAsync("a", [ArticleStatus.Published], Ct));
        Assert.False(await revisions.EverAsync("b", [ArticleStatus.Published, ArticleStatus.Unpublished], Ct));
    }

    [Fact]
    public async Task Revisions_OutliveADeletedArticle()
    {
        var store = Get<IArticleStore>();
        var revisions = Get<IRevisionStore>();
        var saved = (await store.SaveAsync([Samples.Article("gone")], Ct)).Saved[0];
        await revisions.AddAsync(saved, Time.GetUtcNow(), "tariq", null, Ct);
        await store.DeleteAsync("gone", Ct);
        Assert.Equal("Putin writes to Sharaa", (await revisions.GetAsync("gone", 1, Ct))!.Article.Headline);
    }
}
