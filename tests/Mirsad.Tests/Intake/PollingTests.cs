using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Mirsad.Core.Ingest;
using Mirsad.Tests.Support;
using Mirsad.Web;

namespace Mirsad.Tests.Intake;

public sealed class PollingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 3, 12, 0, 0, TimeSpan.Zero));
    private FeedTestServer _server = null!;
    private IntakeHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FeedTestServer.StartAsync();
        _harness = new IntakeHarness(configure: s => s.AddSingleton<TimeProvider>(_time));
    }

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    private IntakePoller Poller() => new(
        _harness.Services.GetRequiredService<IntakeRunner>(), _harness.Services.GetRequiredService<IOptions<IntakeOptions>>(), _time, NullLogger<IntakePoller>.Instance);

    private int FeedRequests => _server.Hits.GetValueOrDefault("/feeds/sana.xml");

    [Fact]
    public async Task Poller_Source_IsPolledAgainOnlyWhenItsIntervalHasPassed()
    {
        await _harness.AddSourceAsync("SANA", _server.Url("/feeds/sana.xml"));
        var poller = Poller();
        var ct = TestContext.Current.CancellationToken;

        await poller.RoundAsync(ct);
        Assert.Equal(1, FeedRequests);
        Assert.Equal(2, (await _harness.AllItemsAsync()).Count);

        _time.Advance(TimeSpan.FromMinutes(29));
        await poller.RoundAsync(ct);
        Assert.Equal(1, FeedRequests); // not due yet

        _time.Advance(TimeSpan.FromMinutes(1));
        await poller.RoundAsync(ct);
        Assert.Equal(2, FeedRequests);
        Assert.Equal(1, _server.NotModified); // the second poll was conditional and nothing had changed
        Assert.Equal(2, (await _harness.AllItemsAsync()).Count);
    }

    [Fact]
    public async Task Round_UnchangedFeed_IsNotModifiedAndNothingIsStoredTwice()
    {
        await _harness.AddSourceAsync("SANA", _server.Url("/feeds/sana.xml"));
        var first = Assert.Single(await _harness.RoundAsync());
        var second = Assert.Single(await _harness.RoundAsync());
        Assert.Equal((2, 0), (first.New, first.Seen));
        Assert.Equal((0, 0, 0), (second.New, second.Seen, second.Errors));
        Assert.Equal(1, _server.NotModified);

        var source = await _harness.Registry.GetAsync("sana", _time.GetUtcNow(), TestContext.Current.CancellationToken);
        Assert.Equal(_time.GetUtcNow(), source!.Health.LastSuccessAt);
        Assert.False(source.Health.IsFailing);
        Assert.Equal(1, source.Health.ItemsLastDay); // counted by publication time: one of the two is older than a day
    }

    [Fact]
    public async Task Round_InactiveSource_IsNotPolled()
    {
        var slug = await _harness.AddSourceAsync("SANA", _server.Url("/feeds/sana.xml"));
        await _harness.Registry.SetActiveAsync(slug, active: false, TestContext.Current.CancellationToken);
        Assert.Empty(await _harness.RoundAsync());
        Assert.Equal(0, FeedRequests);
    }
}
