using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Refinement;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Web;

/// <summary>The site refines the keywords of what was stored after it started, in the background, with the real model.</summary>
public sealed class KeywordRefinementServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_ArticleImportedWhileRunning_GetsItsKeywordsRefinedInTheBackground()
    {
        using var factory = new MirsadWebFactory()
            .With("Mirsad:Site:LoadDemo", "false")
            .With("Mirsad:Keywords:Refine", "true")
            .With("Mirsad:Keywords:Interval", "00:00:00.100");
        using var client = factory.CreateClient(); // starts the host and its background services
        var store = factory.Services.GetRequiredService<IArticleStore>();

        await using (var seed = File.OpenRead(Path.Combine(SharedData.RepositoryRoot, "data", "demo", "seed.jsonl")))
        {
            await factory.Services.GetRequiredService<ArticleImporter>().ImportAsync("seed.jsonl", seed, issue => Assert.Fail(issue.ToString()), Ct);
        }

        var imported = await store.CurrentSequenceAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await store.FollowerPositionAsync(KeywordRefiner.Follower, Ct) < imported)
        {
            Assert.True(DateTime.UtcNow < deadline, "The background refinement did not reach the imported article.");
            await Task.Delay(100, Ct);
        }

        var article = (await store.GetAsync("seed-putin-message-to-sharaa", Ct))!;
        Assert.Equal(KeywordTagger.DefaultCount, article.Keywords.Count);
        Assert.Contains(article.Keywords, k => k.Name == "Vladimir Putin");
    }

    [Fact]
    public async Task Serve_RefineOff_LeavesTheChangeLogAlone()
    {
        using var factory = new MirsadWebFactory().With("Mirsad:Keywords:Interval", "00:00:00.100");
        using var client = factory.CreateClient();
        await Task.Delay(500, Ct);

        Assert.Equal(0, await factory.Services.GetRequiredService<IArticleStore>().FollowerPositionAsync(KeywordRefiner.Follower, Ct));
    }
}
