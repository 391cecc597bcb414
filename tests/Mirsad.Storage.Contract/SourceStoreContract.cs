using Mirsad.Core.Articles;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Contract;

/// <summary>What every <see cref="ISourceStore"/> and <see cref="ISourceRegistry"/> does: outlets, feeds, polling state and health.</summary>
public abstract class SourceStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private ISourceRegistry Registry => Get<ISourceRegistry>();

    [Fact]
    public async Task UpsertAsync_ReplacesLeaning_AndImportDoesNotOverwriteIt()
    {
        var sources = Get<ISourceStore>();
        await sources.UpsertAsync(new SourceOutlet("tishreen", "Tishreen", Leaning: "pro-government newspaper"), Ct);
        await Get<IArticleStore>().SaveAsync([new Article { Id = "1", Slug = "", Headline = "A", Source = new SourceOutlet("tishreen", "tishreen") }], Ct);
        var source = await sources.GetAsync("tishreen", Ct);
        Assert.Equal("Tishreen (pro-government newspaper)", source!.LabelledName);
        Assert.Single(await sources.ListAsync(Ct));
        Assert.Null(await sources.GetAsync("nobody", Ct));
    }

    [Fact]
    public async Task ListAsync_OrdersByNameIgnoringCase()
    {
        var sources = Get<ISourceStore>();
        foreach (var (slug, name) in new[] { ("b", "beta"), ("a", "Alpha"), ("c", "Gamma") })
        {
            await sources.UpsertAsync(new SourceOutlet(slug, name), Ct);
        }

        Assert.Equal(["Alpha", "beta", "Gamma"], (await sources.ListAsync(Ct)).Select(s => s.Name));
        Assert.Equal(["Alpha", "beta", "Gamma"], (await Registry.ListAsync(Time.GetUtcNow(), Ct)).Select(s => s.Outlet.Name));
    }

    [Fact]
    public async Task RegisterAsync_NewSource_HasItsFeedsAndDefaults()
    {
        await Registry.RegisterAsync(new SourceOutlet("enab", "Enab Baladi", "https://enabbaladi.net", "ar", "Syria", "opposition"), new SourceRegistration { Name = "Enab Baladi", Feeds = ["https://enabbaladi.net/feed", "https://enabbaladi.net/feed2"], Notes = "weekly" }, Ct);
        var source = (await Registry.GetAsync("enab", Time.GetUtcNow(), Ct))!;
        Assert.Equal(("Enab Baladi", "ar", "opposition"), (source.Outlet.Name, source.Outlet.Language, source.Outlet.Leaning));
        Assert.Equal(MonitoredSource.DefaultPollInterval, source.PollInterval);
        Assert.True(source.Active);
        Assert.Equal("weekly", source.Notes);
        Assert.Equal(["https://enabbaladi.net/feed", "https://enabbaladi.net/feed2"], source.Feeds.Select(f => f.Url));
        Assert.All(source.Feeds, f => Assert.True(f.Active));
        Assert.True(source.IsDue(Time.GetUtcNow()));
        Assert.Null(await Registry.GetAsync("nobody", Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task RegisterAsync_Again_UpdatesGivenFieldsAndAddsFeeds_KeepExistingOnlyAddsFeeds()
    {
        var outlet = new SourceOutlet("enab", "Enab Baladi", Leaning: "opposition");
        await Registry.RegisterAsync(outlet, new SourceRegistration { Name = "Enab Baladi", Feeds = ["https://e.example/feed"], PollMinutes = 10 }, Ct);
        await Registry.RegisterAsync(outlet with { Leaning = null, Country = "Syria" }, new SourceRegistration { Name = "Enab Baladi", Feeds = ["https://e.example/feed2"] }, Ct);
        var source = (await Registry.GetAsync("enab", Time.GetUtcNow(), Ct))!;
        Assert.Equal(("opposition", "Syria", TimeSpan.FromMinutes(10)), (source.Outlet.Leaning, source.Outlet.Country, source.PollInterval));
        Assert.Equal(2, source.Feeds.Count);

        await Registry.RegisterAsync(outlet with { Name = "Renamed" }, new SourceRegistration { Name = "Renamed", Feeds = ["https://e.example/feed3"], Active = false, KeepExisting = true }, Ct);
        source = (await Registry.GetAsync("enab", Time.GetUtcNow(), Ct))!;
        Assert.Equal(("Enab Baladi", true), (source.Outlet.Name, source.Active));
        Assert.Equal([true, true, false], source.Feeds.Select(f => f.Active));
    }

    [Fact]
    public async Task SetActiveAsync_SwitchesTheSourceAndItsFeeds()
    {
        await Registry.RegisterAsync(new SourceOutlet("sana", "SANA"), new SourceRegistration { Name = "SANA", Feeds = ["https://sana.example/rss"] }, Ct);
        Assert.True(await Registry.SetActiveAsync("sana", false, Ct));
        var source = (await Registry.GetAsync("sana", Time.GetUtcNow(), Ct))!;
        Assert.False(source.Active);
        Assert.False(source.Feeds.Single().Active);
        Assert.False(source.IsPolled);
        Assert.False(await Registry.SetActiveAsync("nobody", true, Ct));
    }

    [Fact]
    public async Task RecordPolls_KeepValidatorsAndErrors_AndMakeTheSourceDueAfterItsInterval()
    {
        await Registry.RegisterAsync(new SourceOutlet("sana", "SANA"), new SourceRegistration { Name = "SANA", Feeds = ["https://sana.example/rss"], PollMinutes = 15 }, Ct);
        var feed = (await Registry.GetAsync("sana", Time.GetUtcNow(), Ct))!.Feeds.Single();
        var at = Time.GetUtcNow();
        await Registry.RecordFeedPollAsync(feed.Id, new FeedPollRecord(at, null, "\"etag-1\"", "Tue, 08 Apr 2025 09:00:00 GMT"), Ct);
        await Registry.RecordSourcePollAsync("sana", at, null, Ct);
        var source = (await Registry.GetAsync("sana", at, Ct))!;
        Assert.Equal(("\"etag-1\"", "Tue, 08 Apr 2025 09:00:00 GMT", at), (source.Feeds[0].ETag, source.Feeds[0].LastModified, source.Feeds[0].LastSuccessAt));
        Assert.Equal((at, at), (source.Health.LastPolledAt, source.Health.LastSuccessAt));
        Assert.False(source.IsDue(at.AddMinutes(14)));
        Assert.True(source.IsDue(at.AddMinutes(15)));

        var later = at.AddMinutes(20);
        await Registry.RecordFeedPollAsync(feed.Id, new FeedPollRecord(later, "HTTP 500"), Ct);
        await Registry.RecordSourcePollAsync("sana", later, "HTTP 500", Ct);
        source = (await Registry.GetAsync("sana", later, Ct))!;
        Assert.Equal(("\"etag-1\"", "HTTP 500", later), (source.Feeds[0].ETag, source.Feeds[0].LastError, source.Feeds[0].LastPolledAt));
        Assert.Equal(("HTTP 500", later, at), (source.Health.LastError, source.Health.LastErrorAt, source.Health.LastSuccessAt));
        Assert.True(source.Health.IsFailing);
    }

    [Fact]
    public async Task Health_CountsTheLastDayAndTheUsualRateOverTheDaysWatched()
    {
        await Registry.RegisterAsync(new SourceOutlet("sana", "SANA"), new SourceRegistration { Name = "SANA", Feeds = ["https://sana.example/rss"] }, Ct);
        var feed = (await Registry.GetAsync("sana", Time.GetUtcNow(), Ct))!.Feeds[0].Id;
        var now = Time.GetUtcNow();
        // 80 items over the 10 days before the last day (8 a day), then 1 in the last day.
        var entries = Enumerable.Range(0, 80).Select(i => now.AddDays(-11).AddHours(i * 3)).Append(now.AddHours(-2))
            .Select((at, i) => new Core.Ingest.DiscoveredItem($"https://sana.example/{i}", $"https://sana.example/{i}", $"Item {i}", null, null, at, null, "ar"))
            .ToList();
        await Get<Core.Ingest.IMonitoredItemStore>().AddDiscoveredAsync("sana", feed, entries, now, Ct);

        var health = (await Registry.GetAsync("sana", now, Ct))!.Health;
        Assert.Equal(1, health.ItemsLastDay);
        Assert.Equal(8.0, health.UsualItemsPerDay, 3);
        Assert.True(health.IsQuiet);
    }
}
