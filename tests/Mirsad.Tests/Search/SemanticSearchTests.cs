using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mirsad.Core.Articles;
using Mirsad.Core.Search;
using Mirsad.Core.Search.Semantic;
using Mirsad.Core.Sources;
using Mirsad.Hosting;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Search;

/// <summary>Meaning vectors and the hybrid re-rank over a real store, index, vector file and MiniLM model.</summary>
public sealed class SemanticSearchTests : IAsyncLifetime
{
    private readonly TempDataDirectory _data = new();
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Article[] Articles =
    [
        Make("cats", "Cats sleep most of the day", "House cats sleep for up to sixteen hours and hunt at dusk, vets say."),
        Make("stocks", "Shares fall as investors sell", "Stock markets fell sharply as investors sold bank shares after weak earnings."),
        Make("garden", "Planting tomatoes in spring", "Gardeners plant tomatoes after the last frost and water them every morning."),
    ];

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMirsad(new MirsadPaths(_data.Path));
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<ArticleArchive>().SaveAsync(Articles, cancellationToken: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task CatchUp_StoredArticles_GetAVectorEachAndTheStorePosition()
    {
        var vectors = _services.GetRequiredService<IDocumentVectors>();

        var embedded = await _services.GetRequiredService<DocumentVectorFollower>().CatchUpAsync(Ct);

        Assert.Equal(3, embedded);
        var found = vectors.Get(["cats", "stocks", "garden", "missing"]);
        Assert.Equal(["cats", "garden", "stocks"], found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found.Values, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 2)); // unit length, kept at half precision
        Assert.Equal(await _services.GetRequiredService<IArticleStore>().CurrentSequenceAsync(Ct), vectors.Position);
    }

    [Fact]
    public async Task CatchUp_UnchangedTextOrUnpublished_KeepsOrDropsTheVector()
    {
        var follower = _services.GetRequiredService<DocumentVectorFollower>();
        var archive = _services.GetRequiredService<ArticleArchive>();
        await follower.CatchUpAsync(Ct);

        await archive.SaveAsync([Articles[0] with { Section = "Pets" }, Articles[1] with { Status = ArticleStatus.Draft }], cancellationToken: Ct);
        var embedded = await follower.CatchUpAsync(Ct);

        Assert.Equal(0, embedded); // the cat story's text did not change; the shares story is no longer published
        Assert.Equal(["cats", "garden"], _services.GetRequiredService<IDocumentVectors>().Get(["cats", "stocks", "garden"]).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rerank_QueryAboutMarkets_PutsTheSharesStoryFirst()
    {
        await _services.GetRequiredService<DocumentVectorFollower>().CatchUpAsync(Ct);
        var reranker = _services.GetRequiredService<ISearchReranker>();

        // The index put the cat story narrowly first; by meaning the query is about the shares story.
        var fused = reranker.Rerank("why investors sold bank shares this week", [new("cats", 0, 10f), new("stocks", 1, 9.9f), new("garden", 2, 1f)]);

        Assert.NotNull(fused);
        Assert.Equal(["stocks", "cats", "garden"], fused.Select(c => c.Id));
    }

    [Fact]
    public void Rerank_CandidateWithoutAVector_KeepsTheIndexOrder()
    {
        var reranker = _services.GetRequiredService<ISearchReranker>(); // nothing embedded yet

        Assert.Null(reranker.Rerank("why investors sold bank shares this week", [new("cats", 0, 10f), new("stocks", 1, 9.9f)]));
    }

    [Fact]
    public async Task Search_DescribedNeed_IsReRankedByMeaningOnceVectorsExist()
    {
        var index = _services.GetRequiredService<ISearchIndex>();
        var request = new SearchRequest { Query = "the day the cats and the investors sold shares", Facets = false, Snippets = false, Suggest = false };
        var before = index.Search(request).Hits.Select(h => h.Id).ToList();

        await _services.GetRequiredService<DocumentVectorFollower>().CatchUpAsync(Ct);
        var after = index.Search(request).Hits;

        Assert.Equal(before.Order(StringComparer.Ordinal), after.Select(h => h.Id).Order(StringComparer.Ordinal)); // same matches
        Assert.All(after, h => Assert.InRange(h.Score, 1f, 2f)); // fused scores (1 + 0..1): the re-rank ran
    }

    private static Article Make(string id, string headline, string body) => new()
    {
        Id = id,
        Slug = id,
        Headline = headline,
        Body = [ArticleBlock.Paragraph(body)],
        Language = "en",
        PublishedAt = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero),
        Source = new SourceOutlet("wire", "Wire"),
        Status = ArticleStatus.Published,
    };
}
