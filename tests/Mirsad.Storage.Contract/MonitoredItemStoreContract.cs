using Mirsad.Core.Articles;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Desk;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Contract;

/// <summary>
/// What every <see cref="IMonitoredItemStore"/> does: entries stored once per source, pending items and
/// attempts, the narrow questions the de-duplication rules ask (<see cref="DuplicateFinder"/> runs over the
/// store here), stories and the desk's reads.
/// </summary>
public abstract class MonitoredItemStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private IMonitoredItemStore Items => Get<IMonitoredItemStore>();

    private DateTimeOffset Now => Time.GetUtcNow();

    private async Task<long> SourceAsync(string slug, string? leaning = null)
    {
        var registry = Get<ISourceRegistry>();
        await registry.RegisterAsync(new SourceOutlet(slug, slug.ToUpperInvariant(), Leaning: leaning), new SourceRegistration { Name = slug, Feeds = [$"https://{slug}.example/feed"] }, Ct);
        return (await registry.GetAsync(slug, Now, Ct))!.Feeds[0].Id;
    }

    private static DiscoveredItem Entry(string link, string title, DateTimeOffset? published = null, string? language = "en") =>
        new(link + "?utm_source=rss", link, title, "Summary of " + title, "Reporter", published, link, language);

    // Discovers one entry and returns its id.
    private async Task<long> DiscoverAsync(string source, long feed, string link, string title, DateTimeOffset? published = null)
    {
        await Items.AddDiscoveredAsync(source, feed, [Entry(link, title, published)], Now, Ct);
        return (await Items.PendingAsync(source, 10, 1_000, Ct)).Single(p => p.LinkKey == link).Id;
    }

    private Task FinishAsync(long id, string title, long? simHash = null, string? canonical = null, long? duplicateOf = null, long? story = null, IReadOnlyList<ItemKeyword>? keywords = null, string? language = "en") =>
        Items.CompleteAsync(
            new ItemCompletion
            {
                ItemId = id, Status = ItemStatus.Ready, At = Now, Title = title, TitleKey = TitleKey.From(title), CanonicalUrl = canonical,
                Text = "Text of " + title, ContentHtml = "<p>Text</p>", SimHash = simHash, DuplicateOf = duplicateOf,
                DuplicateReason = duplicateOf is null ? null : "test", StoryId = story, Keywords = keywords ?? [], Language = language,
                Page = new FetchedPage("https://final.example/" + id, "utf-8", "<html>raw</html>"),
            },
            Ct);

    [Fact]
    public async Task AddDiscoveredAsync_SameLinkAgain_IsStoredOncePerSource()
    {
        var sana = await SourceAsync("sana");
        var enab = await SourceAsync("enab");
        Assert.Equal(2, await Items.AddDiscoveredAsync("sana", sana, [Entry("https://x.example/1", "One"), Entry("https://x.example/2", "Two")], Now, Ct));
        Assert.Equal(1, await Items.AddDiscoveredAsync("sana", sana, [Entry("https://x.example/2", "Two again"), Entry("https://x.example/3", "Three")], Now, Ct));
        Assert.Equal(1, await Items.AddDiscoveredAsync("enab", enab, [Entry("https://x.example/1", "One")], Now, Ct));

        var pending = await Items.PendingAsync("sana", 3, 10, Ct);
        Assert.Equal(["One", "Two", "Three"], pending.Select(p => p.Title)); // oldest first
        Assert.Equal(("https://x.example/1?utm_source=rss", "Summary of One", "Reporter", "en", 0), (pending[0].Url, pending[0].Summary, pending[0].Author, pending[0].Language, pending[0].Attempts));
        Assert.Equal(3, await Items.CountPendingAsync("sana", 3, Ct));
        Assert.Equal(2, (await Items.PendingAsync("sana", 3, 2, Ct)).Count);
    }

    [Fact]
    public async Task RecordAttemptAsync_CountsUntilTheItemIsNoLongerPendingForThatLimit()
    {
        var feed = await SourceAsync("sana");
        var id = await DiscoverAsync("sana", feed, "https://x.example/1", "One");
        await Items.RecordAttemptAsync(id, "HTTP 503", Now, Ct);
        await Items.RecordAttemptAsync(id, "HTTP 503", Now, Ct);
        Assert.Equal(2, (await Items.PendingAsync("sana", 3, 10, Ct)).Single().Attempts);
        Assert.Empty(await Items.PendingAsync("sana", 2, 10, Ct));
        Assert.Equal(0, await Items.CountPendingAsync("sana", 2, Ct));
        var item = (await Items.GetAsync(id, Ct))!;
        Assert.Equal((ItemStatus.Pending, "HTTP 503"), (item.Status, item.Error));
    }

    [Fact]
    public async Task CompleteAsync_KeepsTextPageKeywordsAndStory_AndTheItemLeavesThePending()
    {
        var feed = await SourceAsync("sana", "state news agency");
        var published = Now.AddHours(-3);
        var id = await DiscoverAsync("sana", feed, "https://x.example/1", "One", published);
        await FinishAsync(id, "One, as the page says", simHash: 42, canonical: "https://x.example/one", keywords: [new("idlib", "Idlib"), new("syria", "Syria")]);

        Assert.Empty(await Items.PendingAsync("sana", 3, 10, Ct));
        var item = (await Items.GetAsync(id, Ct))!;
        Assert.Equal((ItemStatus.Ready, "One, as the page says", "https://x.example/one", "Text of One, as the page says", "<p>Text</p>"), (item.Status, item.Title, item.CanonicalUrl, item.Text, item.ContentHtml));
        Assert.Equal(("SANA", "state news agency", published, id), (item.SourceName, item.Leaning, item.PublishedAt, item.StoryId));
        Assert.Equal([new ItemKeyword("idlib", "Idlib"), new ItemKeyword("syria", "Syria")], item.Keywords);
        Assert.Equal(new FetchedPage("https://final.example/" + id, "utf-8", "<html>raw</html>"), await Items.PageAsync(id, Ct));
        Assert.Null(await Items.PageAsync(id + 1_000, Ct));
        Assert.Null(await Items.GetAsync(id + 1_000, Ct));
    }

    [Fact]
    public async Task FirstWithUrlAsync_MatchesLinkOrCanonical_OfFinishedItemsOnly_EarliestFirst()
    {
        var sana = await SourceAsync("sana");
        var enab = await SourceAsync("enab");
        var first = await DiscoverAsync("sana", sana, "https://x.example/story", "Story");
        var second = await DiscoverAsync("enab", enab, "https://mirror.example/story", "Story copy");
        var pending = await DiscoverAsync("enab", enab, "https://other.example/p", "Pending");
        Assert.Null(await Items.FirstWithUrlAsync(pending, ["https://x.example/story"], Ct)); // the first is still pending too
        await FinishAsync(first, "Story");
        await FinishAsync(second, "Story copy", canonical: "https://x.example/story", duplicateOf: first);

        Assert.Equal(new DuplicateCandidate(first, null), await Items.FirstWithUrlAsync(pending, ["https://x.example/story"], Ct));
        Assert.Equal(new DuplicateCandidate(second, first), await Items.FirstWithUrlAsync(pending, ["https://mirror.example/story"], Ct));
        Assert.Null(await Items.FirstWithUrlAsync(first, ["https://x.example/story/"], Ct));
        Assert.Equal(second, (await Items.FirstWithUrlAsync(first, ["https://x.example/story"], Ct))!.Id); // never itself
    }

    [Fact]
    public async Task FirstWithTitleAsync_IsWithinTheSourceAndTheWindow()
    {
        var sana = await SourceAsync("sana");
        var enab = await SourceAsync("enab");
        var old = await DiscoverAsync("sana", sana, "https://x.example/1", "Ceasefire announced in Idlib");
        await FinishAsync(old, "Ceasefire announced in Idlib");
        Time.Advance(TimeSpan.FromDays(2));
        var recent = await DiscoverAsync("sana", sana, "https://x.example/2", "Ceasefire announced in Idlib");
        await FinishAsync(recent, "Ceasefire announced in Idlib");
        var probe = await DiscoverAsync("sana", sana, "https://x.example/3", "Ceasefire announced in Idlib");
        var elsewhere = await DiscoverAsync("enab", enab, "https://y.example/3", "Ceasefire announced in Idlib");
        var key = TitleKey.From("Ceasefire announced in Idlib");

        Assert.Equal(old, (await Items.FirstWithTitleAsync(probe, key, Now.AddDays(-7), Ct))!.Id);
        Assert.Equal(recent, (await Items.FirstWithTitleAsync(probe, key, Now.AddDays(-1), Ct))!.Id);
        Assert.Null(await Items.FirstWithTitleAsync(elsewhere, key, Now.AddDays(-7), Ct));
        Assert.Null(await Items.FirstWithTitleAsync(probe, TitleKey.From("Another title altogether"), Now.AddDays(-7), Ct));
    }

    [Fact]
    public async Task NearestTextAsync_TakesTheNearestWithinTheDistance_EarliestAmongEquals()
    {
        var feed = await SourceAsync("sana");
        const long Hash = 0x0F0F_0F0F_0F0F_0F0FL;
        var far = await DiscoverAsync("sana", feed, "https://x.example/far", "Far");
        var three = await DiscoverAsync("sana", feed, "https://x.example/three", "Three bits");
        var oneA = await DiscoverAsync("sana", feed, "https://x.example/one-a", "One bit, first");
        var oneB = await DiscoverAsync("sana", feed, "https://x.example/one-b", "One bit, second");
        var negative = await DiscoverAsync("sana", feed, "https://x.example/neg", "Top bit set");
        await FinishAsync(far, "Far", simHash: Hash ^ 0x1FF);
        await FinishAsync(three, "Three bits", simHash: Hash ^ 0b111);
        await FinishAsync(oneA, "One bit, first", simHash: Hash ^ 0b1000_0000);
        await FinishAsync(oneB, "One bit, second", simHash: Hash ^ 0b1, duplicateOf: oneA);
        await FinishAsync(negative, "Top bit set", simHash: long.MinValue | 0x0F);
        var probe = await DiscoverAsync("sana", feed, "https://x.example/probe", "Probe");

        Assert.Equal(new DuplicateCandidate(oneA, null, 1), await Items.NearestTextAsync(probe, Hash, 8, Now.AddDays(-7), Ct));
        Assert.Equal(new DuplicateCandidate(oneB, oneA, 0), await Items.NearestTextAsync(oneA, Hash ^ 0b1, 8, Now.AddDays(-7), Ct));
        Assert.Null(await Items.NearestTextAsync(probe, ~Hash, 8, Now.AddDays(-7), Ct));
        Assert.Equal(new DuplicateCandidate(negative, null, 1), await Items.NearestTextAsync(probe, long.MinValue | 0x0E, 2, Now.AddDays(-7), Ct));
        Assert.Null(await Items.NearestTextAsync(probe, Hash, 8, Now.AddDays(1), Ct));
    }

    [Fact]
    public async Task DuplicateFinder_OverTheStore_UrlThenTitleThenText_AndPointsAtTheRootsStory()
    {
        var sana = await SourceAsync("sana");
        var enab = await SourceAsync("enab");
        var finder = new DuplicateFinder(Items);
        var original = await DiscoverAsync("sana", sana, "https://x.example/a", "Regime forces shell Idlib countryside");
        await FinishAsync(original, "Regime forces shell Idlib countryside", simHash: 1000, story: null);
        var copy = await DiscoverAsync("enab", enab, "https://y.example/a", "Shelling of the Idlib countryside");
        await FinishAsync(copy, "Shelling of the Idlib countryside", simHash: 1001, duplicateOf: original, story: original);
        var sameTitle = await DiscoverAsync("enab", enab, "https://y.example/b", "Shelling of the Idlib countryside");

        var byUrl = await finder.FindAsync(new DuplicateProbe(sameTitle, ["https://x.example/a"], TitleKey.From("Shelling of the Idlib countryside"), 1000, 8, Now.AddDays(-7)), Ct);
        Assert.Equal(new DuplicateMatch(original, "same canonical URL", original), byUrl);
        var byTitle = await finder.FindAsync(new DuplicateProbe(sameTitle, ["https://y.example/b"], TitleKey.From("Shelling of the Idlib countryside"), 1000, 8, Now.AddDays(-7)), Ct);
        Assert.Equal(new DuplicateMatch(original, "same title", original), byTitle); // the copy's root
        var byText = await finder.FindAsync(new DuplicateProbe(sameTitle, ["https://y.example/b"], "short", 1003, 8, Now.AddDays(-7)), Ct);
        Assert.Equal(new DuplicateMatch(original, "near-duplicate text (1 of 64 bits differ)", original), byText);
        Assert.Null(await finder.FindAsync(new DuplicateProbe(sameTitle, ["https://y.example/b"], "short", null, 8, Now.AddDays(-7)), Ct));
    }

    [Fact]
    public async Task DuplicateFinder_ProbePublishedBeforeTheOriginal_AdoptsTheChainInOneWrite()
    {
        var wire = await SourceAsync("wire");
        var sana = await SourceAsync("sana");
        var finder = new DuplicateFinder(Items);
        var copy = await DiscoverAsync("wire", wire, "https://w.example/a", "Crossing reopens", Now.AddHours(-1));
        await FinishAsync(copy, "Crossing reopens", canonical: "https://x.example/a");
        var copyOfCopy = await DiscoverAsync("wire", wire, "https://w.example/b", "Crossing reopens again", Now.AddHours(-1));
        await FinishAsync(copyOfCopy, "Crossing reopens again", canonical: "https://x.example/a", duplicateOf: copy, story: copy);
        var own = await DiscoverAsync("sana", sana, "https://x.example/a", "Crossing reopens", Now.AddHours(-4));

        var match = await finder.FindAsync(new DuplicateProbe(own, ["https://x.example/a"], TitleKey.From("Crossing reopens"), null, 8, Now.AddDays(-7), Now.AddHours(-4)), Ct);
        Assert.Equal(new DuplicateMatch(copy, "same canonical URL", copy, ProbeIsOriginal: true), match);
        var later = await finder.FindAsync(new DuplicateProbe(own, ["https://x.example/a"], TitleKey.From("Crossing reopens"), null, 8, Now.AddDays(-7), Now), Ct);
        Assert.False(later!.ProbeIsOriginal);

        await Items.CompleteAsync(
            new ItemCompletion { ItemId = own, Status = ItemStatus.Ready, At = Now, TitleKey = TitleKey.From("Crossing reopens"), Text = "Text", StoryId = copy, Adopts = copy, AdoptReason = "same canonical URL" },
            Ct);
        Assert.Null((await Items.GetAsync(own, Ct))!.DuplicateOf);
        Assert.Equal((own, "same canonical URL"), ((await Items.GetAsync(copy, Ct))!.DuplicateOf, (await Items.GetAsync(copy, Ct))!.DuplicateReason));
        Assert.Equal((own, "test"), ((await Items.GetAsync(copyOfCopy, Ct))!.DuplicateOf, (await Items.GetAsync(copyOfCopy, Ct))!.DuplicateReason));
        Assert.Equal([copy], (await Items.ListAsync(new DeskQuery(), Ct)).Items.Select(i => i.StoryId).Distinct());
    }

    [Fact]
    public async Task StoryCandidatesAsync_FinishedItemsInTheWindowSharingAKeyword_MostSharedFirst()
    {
        var feed = await SourceAsync("sana");
        ItemKeyword[] three = [new("idlib", "Idlib", KeywordKind.Place), new("syria", "Syria", KeywordKind.Place), new("ceasefire", "Ceasefire", KeywordKind.Topic)];
        var most = await DiscoverAsync("sana", feed, "https://x.example/1", "One", Now.AddHours(-10));
        await FinishAsync(most, "One", keywords: three);
        var fewer = await DiscoverAsync("sana", feed, "https://x.example/2", "Two", Now.AddHours(-20));
        await FinishAsync(fewer, "Two", keywords: [new("syria", "Syria")]);
        var none = await DiscoverAsync("sana", feed, "https://x.example/3", "Three", Now.AddHours(-1));
        await FinishAsync(none, "Three", keywords: [new("beirut", "Beirut")]);
        var old = await DiscoverAsync("sana", feed, "https://x.example/4", "Four", Now.AddDays(-10));
        await FinishAsync(old, "Four", keywords: three);
        await DiscoverAsync("sana", feed, "https://x.example/5", "Pending", Now.AddHours(-2));
        var probe = await DiscoverAsync("sana", feed, "https://x.example/6", "Probe", Now);
        string[] slugs = ["idlib", "syria", "ceasefire", "turkey"];

        var found = await Items.StoryCandidatesAsync(probe, slugs, Now.AddHours(-72), Now.AddHours(72), 10, Ct);
        Assert.Equal([most, fewer], found.Select(i => i.Id));
        Assert.Equal(three, found[0].Keywords); // with their kinds
        Assert.Equal([most], (await Items.StoryCandidatesAsync(probe, slugs, Now.AddHours(-72), Now.AddHours(72), 1, Ct)).Select(i => i.Id));
        Assert.Equal([most], (await Items.StoryCandidatesAsync(probe, slugs, Now.AddHours(-15), Now.AddHours(15), 10, Ct)).Select(i => i.Id));
        Assert.Equal([fewer], (await Items.StoryCandidatesAsync(most, slugs, Now.AddHours(-72), Now.AddHours(72), 10, Ct)).Select(i => i.Id)); // never itself
        Assert.Empty(await Items.StoryCandidatesAsync(probe, [], Now.AddHours(-72), Now.AddHours(72), 10, Ct));
    }

    [Fact]
    public async Task ListAsync_NewestFirst_FilteredBySourceLanguageLeaningKeywordAndDuplicates()
    {
        var sana = await SourceAsync("sana", "state news agency");
        var enab = await SourceAsync("enab", "opposition newspaper");
        var a = await DiscoverAsync("sana", sana, "https://x.example/a", "A", Now.AddHours(-3));
        var b = await DiscoverAsync("enab", enab, "https://y.example/b", "B", Now.AddHours(-1));
        var c = await DiscoverAsync("enab", enab, "https://y.example/c", "C", Now.AddHours(-2));
        var future = await DiscoverAsync("sana", sana, "https://x.example/f", "Dated next year", Now.AddYears(1));
        await FinishAsync(a, "A", keywords: [new("idlib", "Idlib")]);
        await FinishAsync(b, "B", language: "ar", keywords: [new("idlib", "Idlib"), new("aleppo", "Aleppo")]);
        await FinishAsync(c, "C", duplicateOf: a, story: a);

        Assert.Equal([future, b, c, a], (await Items.ListAsync(new DeskQuery(), Ct)).Items.Select(i => i.Id)); // an implausible date sorts as found
        Assert.Equal([b, c], (await Items.ListAsync(new DeskQuery { Source = "enab" }, Ct)).Items.Select(i => i.Id));
        Assert.Equal([b], (await Items.ListAsync(new DeskQuery { Language = "ar" }, Ct)).Items.Select(i => i.Id));
        Assert.Equal([b, c], (await Items.ListAsync(new DeskQuery { Leaning = "opposition" }, Ct)).Items.Select(i => i.Id));
        Assert.Equal([b, a], (await Items.ListAsync(new DeskQuery { Keyword = "idlib" }, Ct)).Items.Select(i => i.Id));
        Assert.Equal([future, b, a], (await Items.ListAsync(new DeskQuery { HideDuplicates = true }, Ct)).Items.Select(i => i.Id));
        var page = await Items.ListAsync(new DeskQuery { Page = 2, PageSize = 3 }, Ct);
        Assert.Equal(4, page.Total);
        Assert.Equal([a], page.Items.Select(i => i.Id));
        var listed = (await Items.ListAsync(new DeskQuery { Source = "sana" }, Ct)).Items.Single(i => i.Id == a);
        Assert.Null(listed.Text); // listings leave the text out
        Assert.Equal(("SANA", "state news agency"), (listed.SourceName, listed.Leaning));
        Assert.Equal([new ItemKeyword("idlib", "Idlib")], listed.Keywords);
    }

    [Fact]
    public async Task StoriesTopKeywordsAndLinks_ServeTheDesk()
    {
        var feed = await SourceAsync("sana");
        var a = await DiscoverAsync("sana", feed, "https://x.example/a", "A", Now.AddHours(-3));
        var b = await DiscoverAsync("sana", feed, "https://x.example/b", "B", Now.AddHours(-1));
        var c = await DiscoverAsync("sana", feed, "https://x.example/c", "C", Now.AddHours(-2));
        await FinishAsync(a, "A", keywords: [new("idlib", "Idlib"), new("syria", "Syria")]);
        await FinishAsync(b, "B", story: a, keywords: [new("idlib", "Idlib")]);
        await FinishAsync(c, "C", keywords: [new("aleppo", "Aleppo"), new("idlib", "Idlib")]);

        Assert.Equal([b, a], (await Items.StoriesAsync([a], Ct)).Select(i => i.Id));
        Assert.Empty(await Items.StoriesAsync([], Ct));
        Assert.Equal([(new ItemKeyword("idlib", "Idlib"), 3), (new ItemKeyword("aleppo", "Aleppo"), 1)], await Items.TopKeywordsAsync(10, 2, Ct));
        Assert.Equal([(new ItemKeyword("idlib", "Idlib"), 2), (new ItemKeyword("aleppo", "Aleppo"), 1)], await Items.TopKeywordsAsync(2, 2, Ct)); // the newest two: b and c
        Assert.Empty(await Items.TopKeywordsAsync(0, 2, Ct));

        await Get<IArticleStore>().SaveAsync([Samples.Article("intake-" + a, status: ArticleStatus.Draft)], Ct);
        await Items.LinkArticleAsync(a, "intake-" + a, Ct);
        Assert.Equal("intake-" + a, (await Items.GetAsync(a, Ct))!.ArticleId);
    }
}
