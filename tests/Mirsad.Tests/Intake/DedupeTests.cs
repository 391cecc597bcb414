using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Extraction;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Intake;

public sealed class DedupeTests
{
    private static string PageText(string name)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Intake", "pages", name));
        return PageExtractor.Extract(html, new Uri("http://127.0.0.1/pages/" + name)).Text;
    }

    [Fact]
    public void SimHash_RepublishedCopyWithAnAddedLine_IsWithinTheNearDuplicateDistance()
    {
        var original = SimHash.Compute(PageText("sana-1.html"))!.Value;
        var copy = SimHash.Compute(PageText("enab-1.html"))!.Value;
        var other = SimHash.Compute(PageText("sana-2.html"))!.Value;
        TestContext.Current.SendDiagnosticMessage($"copy={SimHash.Distance(original, copy)} other={SimHash.Distance(original, other)}");
        Assert.InRange(SimHash.Distance(original, copy), 0, 8); // IntakeOptions.NearDuplicateBits
        Assert.InRange(SimHash.Distance(original, other), 16, 64);
    }

    [Fact]
    public async Task FindAsync_CopiesFoundBeforeTheOriginal_BecomeItsDuplicates()
    {
        using var harness = new IntakeHarness();
        var ct = TestContext.Current.CancellationToken;
        var now = new DateTimeOffset(2025, 6, 3, 12, 0, 0, TimeSpan.Zero);
        var wire = await harness.AddSourceAsync("Wire", "https://wire.example/feed", "en");
        var outlet = await harness.AddSourceAsync("Outlet", "https://outlet.example/feed", "en");
        var finder = harness.Services.GetRequiredService<DuplicateFinder>();

        // The wire's two copies of the outlet's story are found first, the outlet's own item last.
        var first = await AddAsync(harness, wire, "https://wire.example/a", "https://outlet.example/story", now.AddHours(-1), now);
        var second = await AddAsync(harness, wire, "https://wire.example/b", "https://outlet.example/story", now.AddHours(-1), now);
        Assert.Null(await finder.FindAsync(Probe(first, "https://outlet.example/story", now.AddHours(-1), now), ct));
        await CompleteAsync(harness, first, "https://outlet.example/story", null);
        var copy = await finder.FindAsync(Probe(second, "https://outlet.example/story", now.AddHours(-1), now), ct);
        Assert.Equal((first, false), (copy!.ItemId, copy.ProbeIsOriginal)); // same time: the one found first stays the original
        await CompleteAsync(harness, second, "https://outlet.example/story", copy);

        var own = await AddAsync(harness, outlet, "https://outlet.example/story", "https://outlet.example/story", now.AddHours(-3), now);
        var match = await finder.FindAsync(Probe(own, "https://outlet.example/story", now.AddHours(-3), now), ct);
        Assert.Equal((first, true, "same canonical URL"), (match!.ItemId, match.ProbeIsOriginal, match.Reason));
        await CompleteAsync(harness, own, "https://outlet.example/story", match);

        var items = (await harness.AllItemsAsync()).ToDictionary(i => i.Id);
        Assert.Null(items[own].DuplicateOf);
        Assert.Equal(own, items[first].DuplicateOf);
        Assert.Equal("same canonical URL", items[first].DuplicateReason);
        Assert.Equal(own, items[second].DuplicateOf); // a copy of the former original points at the real one
        Assert.Single(items.Values.Select(i => i.StoryId).Distinct());
    }

    private static DuplicateProbe Probe(long id, string url, DateTimeOffset published, DateTimeOffset now) =>
        new(id, [url], TitleKey.From("A story about the crossing"), null, 8, now.AddDays(-7), published);

    private static async Task<long> AddAsync(IntakeHarness harness, string source, string link, string canonical, DateTimeOffset published, DateTimeOffset now)
    {
        var ct = TestContext.Current.CancellationToken;
        var feed = (await harness.Registry.GetAsync(source, now, ct))!.Feeds[0].Id;
        await harness.Items.AddDiscoveredAsync(source, feed, [new DiscoveredItem(link, UrlCanonicalizer.Canonicalize(link), "A story about the crossing", null, null, published, null, "en")], now, ct);
        return (await harness.AllItemsAsync(source)).Single(i => i.Url == link).Id;
    }

    private static Task CompleteAsync(IntakeHarness harness, long id, string canonical, DuplicateMatch? match) =>
        harness.Items.CompleteAsync(
            new ItemCompletion
            {
                ItemId = id,
                Status = ItemStatus.Ready,
                At = DateTimeOffset.UtcNow,
                TitleKey = TitleKey.From("A story about the crossing"),
                CanonicalUrl = canonical,
                Text = "The crossing reopened.",
                DuplicateOf = match is { ProbeIsOriginal: false } ? match.ItemId : null,
                DuplicateReason = match is { ProbeIsOriginal: false } ? match.Reason : null,
                Adopts = match is { ProbeIsOriginal: true } ? match.ItemId : null,
                AdoptReason = match?.Reason,
                StoryId = match?.StoryId,
            },
            TestContext.Current.CancellationToken);
}
