using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Refinement;
using Mirsad.Hosting;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Keywords;

/// <summary>The background refinement over a real store, index and model, on the demo's model article.</summary>
public sealed class KeywordRefinerTests : IAsyncLifetime
{
    private readonly TempDataDirectory _data = new();
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMirsad(new MirsadPaths(_data.Path));
        _services = services.BuildServiceProvider();
        await using var seed = File.OpenRead(Path.Combine(SharedData.RepositoryRoot, "data", "demo", "seed.jsonl"));
        await _services.GetRequiredService<ArticleImporter>().ImportAsync("seed.jsonl", seed, issue => Assert.Fail(issue.ToString()), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _data.Dispose();
    }

    private async Task<Article> SeedAsync() => (await _services.GetRequiredService<IArticleStore>().GetAsync("seed-putin-message-to-sharaa", Ct))!;

    [Fact]
    public async Task CatchUp_ImportedSeed_KeepsTheEditorsNamesAndRecordsWhereItStopped()
    {
        var store = _services.GetRequiredService<IArticleStore>();
        var refiner = _services.GetRequiredService<KeywordRefiner>();

        await refiner.CatchUpAsync(cancellationToken: Ct);

        var names = (await SeedAsync()).Keywords.Select(k => k.Name).ToList();
        string[] expected = ["Vladimir Putin", "Ahmad al-Sharaa", "Dmitry Peskov", "Bashar al-Assad", "Russia", "Syria", "Hmeimim Air Base", "Tartus"];
        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.Equal(KeywordTagger.DefaultCount, names.Count);
        Assert.Equal(await store.CurrentSequenceAsync(Ct), await store.FollowerPositionAsync(KeywordRefiner.Follower, Ct));
    }

    [Fact]
    public async Task CatchUp_ItsOwnSaves_AreNotRefinedAgain()
    {
        var store = _services.GetRequiredService<IArticleStore>();
        var refiner = _services.GetRequiredService<KeywordRefiner>();
        await refiner.CatchUpAsync(cancellationToken: Ct);
        var sequence = await store.CurrentSequenceAsync(Ct);

        Assert.Equal(0, await refiner.CatchUpAsync(cancellationToken: Ct));
        Assert.Equal(sequence, await store.CurrentSequenceAsync(Ct));
    }

    [Fact]
    public async Task Refine_EditorKeywords_AreKeptFirst()
    {
        var refiner = _services.GetRequiredService<KeywordRefiner>();
        var pinned = new ArticleKeyword("reconstruction", "Reconstruction", KeywordKind.Topic, KeywordOrigin.Editor);
        var article = await SeedAsync();

        await refiner.RefineAsync([article with { Keywords = [pinned, .. article.Keywords] }], Ct);

        var keywords = (await SeedAsync()).Keywords;
        Assert.Equal(pinned, keywords[0]);
        Assert.Equal(KeywordTagger.DefaultCount, keywords.Count);
    }

    [Fact]
    public async Task Refine_ArticleSavedByAnEditorSinceItWasRead_IsNotOverwritten()
    {
        var store = _services.GetRequiredService<IArticleStore>();
        var refiner = _services.GetRequiredService<KeywordRefiner>();
        var read = await SeedAsync();
        var readAt = await store.SequencesAsync([read.Id], Ct);
        await _services.GetRequiredService<ArticleArchive>().SaveAsync([read with { Headline = "The editor's later headline", Keywords = [] }], cancellationToken: Ct);

        var changed = await refiner.RefineAsync([read with { Keywords = [] }], readAt, Ct);

        var stored = await SeedAsync();
        Assert.Equal(0, changed);
        Assert.Equal("The editor's later headline", stored.Headline);
        Assert.Empty(stored.Keywords);
    }

    [Fact]
    public async Task Refine_ArticleUnchangedSinceItWasRead_IsSaved()
    {
        var store = _services.GetRequiredService<IArticleStore>();
        var refiner = _services.GetRequiredService<KeywordRefiner>();
        await _services.GetRequiredService<ArticleArchive>().SaveAsync([(await SeedAsync()) with { Keywords = [] }], cancellationToken: Ct);
        var read = await SeedAsync();
        var readAt = await store.SequencesAsync([read.Id], Ct);

        var changed = await refiner.RefineAsync([read], readAt, Ct);

        Assert.Equal(1, changed);
        Assert.Equal(KeywordTagger.DefaultCount, (await SeedAsync()).Keywords.Count);
    }

    [Fact]
    public async Task CatchUp_FirstRoundOverMoreChangesThanTheBackfillLimit_StartsFromTheNewest()
    {
        var store = _services.GetRequiredService<IArticleStore>();
        var refiner = _services.GetRequiredService<KeywordRefiner>();
        var before = (await SeedAsync()).Keywords;
        var newest = await store.CurrentSequenceAsync(Ct);

        Assert.Equal(0, await refiner.CatchUpAsync(backfillLimit: newest - 1, Ct));

        Assert.Equal(newest, await store.FollowerPositionAsync(KeywordRefiner.Follower, Ct));
        Assert.Equal(before, (await SeedAsync()).Keywords);
    }

    [Fact]
    public async Task CatchUp_FirstRoundWithinTheBackfillLimit_RefinesWhatIsStored()
    {
        var refiner = _services.GetRequiredService<KeywordRefiner>();
        var newest = await _services.GetRequiredService<IArticleStore>().CurrentSequenceAsync(Ct);

        Assert.Equal(1, await refiner.CatchUpAsync(backfillLimit: newest, Ct));
    }
}
