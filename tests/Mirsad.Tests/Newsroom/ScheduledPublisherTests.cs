using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;
using Mirsad.Hosting;
using Mirsad.Newsroom;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Newsroom;

public sealed class ScheduledPublisherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 4, 8, 9, 0, 0, TimeSpan.Zero);
    private static readonly EditorialActor Editor = new("edward", UserRole.Editor);

    private readonly TempDataDirectory _data = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly SemaphoreSlim _waits = new(0);
    private ServiceProvider _services = null!;
    private ScheduledPublisher _publisher = null!;
    private EditorialDesk _desk = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMirsad(new MirsadPaths(_data.Path));
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<ScheduledPublisher>();
        _services = services.BuildServiceProvider();
        _desk = _services.GetRequiredService<EditorialDesk>();
        _publisher = _services.GetRequiredService<ScheduledPublisher>();
        _publisher.Waiting += (_, _) => _waits.Release();
        await _publisher.StartAsync(Ct);
        await NextWaitAsync(); // the first look at an empty schedule
    }

    public async ValueTask DisposeAsync()
    {
        await _publisher.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        _waits.Dispose();
        _data.Dispose();
    }

    private async Task NextWaitAsync() => Assert.True(await _waits.WaitAsync(TimeSpan.FromSeconds(20), Ct), "The publisher did not look at the schedule.");

    private async Task<string> ReadyArticleAsync(string headline)
    {
        var created = await _desk.CreateAsync(new Article { Id = string.Empty, Slug = string.Empty, Headline = headline, Body = [ArticleBlock.Paragraph("Text of " + headline)] }, Editor, Ct);
        Assert.True((await _desk.MoveAsync(created.Article!.Id, ArticleStatus.InEditing, Editor, cancellationToken: Ct)).Ok);
        Assert.True((await _desk.MoveAsync(created.Article.Id, ArticleStatus.Ready, Editor, cancellationToken: Ct)).Ok);
        return created.Article.Id;
    }

    private async Task<Article> GetAsync(string id) => (await _services.GetRequiredService<IArticleStore>().GetAsync(id, Ct))!;

    [Fact]
    public async Task ExecuteAsync_ArticleScheduledInAnHour_IsPublishedAtThatTimeAndNotBefore()
    {
        var id = await ReadyArticleAsync("Scheduled Wolframite story");
        var at = Start.AddHours(1);
        Assert.True((await _desk.MoveAsync(id, ArticleStatus.Scheduled, Editor, at, cancellationToken: Ct)).Ok);
        await NextWaitAsync(); // woken by the schedule change

        _time.Advance(TimeSpan.FromMinutes(59));
        await NextWaitAsync();
        Assert.Equal(ArticleStatus.Scheduled, (await GetAsync(id)).Status);
        Assert.Equal(0, _services.GetRequiredService<Core.Search.ISearchIndex>().Search(new Core.Search.SearchRequest { Query = "Wolframite" }).Total);

        _time.Advance(TimeSpan.FromMinutes(1));
        await NextWaitAsync();
        var published = await GetAsync(id);
        Assert.Equal(ArticleStatus.Published, published.Status);
        Assert.Equal(at, published.PublishedAt);
        Assert.Equal(1, _services.GetRequiredService<Core.Search.ISearchIndex>().Search(new Core.Search.SearchRequest { Query = "Wolframite" }).Total);
        var audit = await _services.GetRequiredService<IAuditLog>().LatestAsync(1, id, Ct);
        Assert.Equal(("scheduler", "article.publish"), (audit[0].Actor, audit[0].Action));
    }

    [Fact]
    public async Task ExecuteAsync_ScheduleCancelled_NothingIsPublished()
    {
        var id = await ReadyArticleAsync("Cancelled story");
        Assert.True((await _desk.MoveAsync(id, ArticleStatus.Scheduled, Editor, Start.AddMinutes(30), cancellationToken: Ct)).Ok);
        await NextWaitAsync();
        Assert.True((await _desk.MoveAsync(id, ArticleStatus.Ready, Editor, cancellationToken: Ct)).Ok);
        await NextWaitAsync();
        _time.Advance(TimeSpan.FromHours(2));
        await NextWaitAsync();
        var article = await GetAsync(id);
        Assert.Equal(ArticleStatus.Ready, article.Status);
        Assert.Null(article.PublishedAt);
    }
}
