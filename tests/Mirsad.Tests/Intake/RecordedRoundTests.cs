using Mirsad.Core.Ingest;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Intake;

public sealed class RecordedRoundTests(RecordedRoundFixture round) : IClassFixture<RecordedRoundFixture>
{
    [Fact]
    public void Round_EverySource_GetsOneReportLine()
    {
        foreach (var result in round.Results)
        {
            TestContext.Current.SendDiagnosticMessage(result.ToLine()); // shown with -diagnostics: the round, source by source
        }

        Assert.Equal(RecordedRoundFixture.Sources.Length, round.Results.Count);
        Assert.Equal(round.Results.Count, round.Results.Select(r => r.Slug).Distinct().Count());
    }

    [Theory]
    [InlineData("Enab Baladi", 2, 1, 0)]
    [InlineData("North Press", 1, 0, 2)]
    [InlineData("SANA", 2, 0, 0)] // sana-1 was published before Enab Baladi's copy, found earlier: it is the original
    [InlineData("Syria Direct", 1, 0, 0)]
    [InlineData("Tishreen", 2, 0, 0)]
    [InlineData("Wire", 0, 2, 1)]
    [InlineData("Wrong Encoding", 1, 0, 0)]
    public void Round_RecordedOutlets_CountNewDuplicatesAndErrors(string name, int fresh, int duplicates, int errors)
    {
        var result = round.Result(name);
        Assert.Equal((fresh, duplicates, errors), (result.New, result.Duplicates, result.Errors));
        Assert.Null(result.Error);
        Assert.Equal(0, result.Pending);
    }

    [Theory]
    [InlineData("Broken 404", "HTTP 404")]
    [InlineData("Broken 500", "HTTP 500")]
    [InlineData("Broken bomb", "over the cap")]
    [InlineData("Broken HTML", "an HTML page, not a feed")]
    [InlineData("Broken huge", "over the cap")]
    [InlineData("Broken loop", "more than 5 redirects")]
    [InlineData("Broken malformed", "not well-formed XML")]
    public async Task Round_BrokenSource_RecordsItsErrorAndTheOthersGoOn(string name, string error)
    {
        var result = round.Result(name);
        Assert.Equal(1, result.Errors);
        Assert.Equal(0, result.New);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        Assert.Contains("error: ", result.ToLine(), StringComparison.Ordinal);

        var source = await round.Harness.Registry.GetAsync(round.Slugs[name], DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Assert.True(source!.Health.IsFailing);
        Assert.Contains(error, source.Health.LastError, StringComparison.Ordinal);
        Assert.Contains(error, source.Feeds.Single().LastError, StringComparison.Ordinal);
        Assert.Null(source.Health.LastSuccessAt);
    }

    [Fact]
    public async Task Round_SourceThatHangs_RecordsATimeoutAndTheRoundEnds()
    {
        // A round of its own with a short timeout (the shared round's is long, so that load cannot expire it).
        await using var server = await FeedTestServer.StartAsync();
        using var harness = new IntakeHarness(new Dictionary<string, string?> { ["Mirsad:Intake:Timeout"] = "00:00:01" });
        var slug = await harness.AddSourceAsync("Broken timeout", server.Url("/broken/timeout.xml"));
        var result = Assert.Single(await harness.RoundAsync());
        Assert.Equal((1, 0), (result.Errors, result.New));
        Assert.Contains("timed out after 1 s", result.Error, StringComparison.Ordinal);
        var source = await harness.Registry.GetAsync(slug, DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Assert.Contains("timed out", source!.Feeds.Single().LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_HtmlInsteadOfFeed_NamesTheFeedThePageLinks()
    {
        var source = await round.Harness.Registry.GetAsync(round.Slugs["Broken HTML"], DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Assert.Contains("/feeds/sana.xml", source!.Health.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_Windows1256FeedAndPages_AreReadAsArabic()
    {
        var items = await round.Harness.AllItemsAsync(round.Slugs["Tishreen"]);
        Assert.Equal(["ارتفاع أسعار الخبز السياحي في أسواق حلب", "وزارة التربية تعلن مواعيد امتحانات الشهادة الثانوية"], items.Select(i => i.Title).Order().ToArray());
        var bread = items.Single(i => i.Title.Contains("الخبز", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.Ready, bread.Status);
        Assert.Equal("ar", bread.Language);
        Assert.Contains("مديرية التجارة الداخلية وحماية المستهلك", bread.Text, StringComparison.Ordinal);
        Assert.Equal("مراسل تشرين في حلب", bread.Author);
        var page = await round.Harness.Items.PageAsync(bread.Id, TestContext.Current.CancellationToken);
        Assert.Equal("windows-1256", page!.Charset);
        Assert.Contains("<meta charset=\"windows-1256\">", page.RawHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_FeedAndPageDeclaringTheWrongCharset_AreRecoveredAsWindows1256()
    {
        var item = Assert.Single(await round.Harness.AllItemsAsync(round.Slugs["Wrong Encoding"]));
        Assert.Equal("انقطاع الكهرباء في ريف دمشق لساعات طويلة", item.Title);
        Assert.Contains("مؤسسة توزيع الكهرباء", item.Text, StringComparison.Ordinal);
        Assert.Contains("read as windows-1256", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_ArticlePage_GivesMainTextWithoutTheSiteChrome()
    {
        var sana = await round.Harness.AllItemsAsync(round.Slugs["SANA"]);
        var visit = sana.Single(i => i.Url.EndsWith("/pages/sana-1.html", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.Ready, visit.Status);
        Assert.Equal("ar", visit.Language);
        Assert.Equal("سانا", visit.Author);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 6, 30, 0, TimeSpan.Zero), visit.PublishedAt);
        Assert.StartsWith("استقبل الرئيس أحمد الشرع اليوم", visit.Text, StringComparison.Ordinal);
        Assert.Equal(5, visit.Text!.Split("\n\n").Length);
        Assert.DoesNotContain("الأكثر قراءة", visit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", visit.Text, StringComparison.Ordinal);
        Assert.NotEmpty(visit.Keywords);

        var english = Assert.Single(await round.Harness.AllItemsAsync(round.Slugs["Syria Direct"]));
        Assert.Equal("en", english.Language);
        Assert.Equal("Aleppo residents queue for fuel as winter approaches", english.Title);
        Assert.Equal("Walid al-Nofal", english.Author);
    }

    [Fact]
    public async Task Round_SameStoryThroughATrackingLinkOrRelCanonical_IsMarkedDuplicateOfTheFirst()
    {
        var sana = await round.Harness.AllItemsAsync(round.Slugs["SANA"]);
        var wire = await round.Harness.AllItemsAsync(round.Slugs["Wire"]);
        var tracked = wire.Single(i => i.Url.Contains("utm_source=wire", StringComparison.Ordinal));
        var original = sana.Single(i => i.Url.EndsWith("/pages/sana-1.html", StringComparison.Ordinal));
        Assert.Equal(original.DuplicateOf ?? original.Id, tracked.DuplicateOf);
        Assert.Equal("same canonical URL", tracked.DuplicateReason);
        Assert.Equal(original.CanonicalUrl, tracked.CanonicalUrl);

        var copy = wire.Single(i => i.Url.EndsWith("/pages/wire-copy.html", StringComparison.Ordinal));
        var crossing = sana.Single(i => i.Url.EndsWith("/pages/sana-2.html", StringComparison.Ordinal));
        Assert.Equal(crossing.Id, copy.DuplicateOf);
        Assert.Equal("same canonical URL", copy.DuplicateReason);
        Assert.Equal(crossing.StoryId, copy.StoryId);
    }

    [Fact]
    public async Task Round_NearDuplicateTextAcrossSources_IsMarkedNotDropped()
    {
        var enab = await round.Harness.AllItemsAsync(round.Slugs["Enab Baladi"]);
        var sana = await round.Harness.AllItemsAsync(round.Slugs["SANA"]);
        var copy = enab.Single(i => i.Url.EndsWith("/pages/enab-1.html", StringComparison.Ordinal));
        var original = sana.Single(i => i.Url.EndsWith("/pages/sana-1.html", StringComparison.Ordinal));
        Assert.True(copy.Id < original.Id); // Enab Baladi's copy was found first ...
        Assert.Null(original.DuplicateOf); // ... but SANA published at 09:30 and Enab Baladi at 12:10: SANA's is the original
        Assert.Equal(original.Id, copy.DuplicateOf);
        Assert.StartsWith("near-duplicate text", copy.DuplicateReason, StringComparison.Ordinal);
        Assert.Equal(original.StoryId, copy.StoryId);
        Assert.NotNull(copy.Text); // kept in full

        // The wire's tracking link to SANA's page, found after both, points at the original too.
        var tracked = (await round.Harness.AllItemsAsync(round.Slugs["Wire"])).Single(i => i.Url.Contains("utm_source=wire", StringComparison.Ordinal));
        Assert.Equal(original.Id, tracked.DuplicateOf);
    }

    [Fact]
    public async Task Round_SameTitleWithinASource_IsMarkedDuplicate()
    {
        var enab = await round.Harness.AllItemsAsync(round.Slugs["Enab Baladi"]);
        var update = enab.Single(i => i.Url.EndsWith("/pages/enab-3.html", StringComparison.Ordinal));
        var first = enab.Single(i => i.Url.EndsWith("/pages/enab-2.html", StringComparison.Ordinal));
        Assert.Equal(first.Id, update.DuplicateOf);
        Assert.Equal("same title", update.DuplicateReason);
    }

    [Fact]
    public async Task Round_PagesThatFail_AreKeptWithTheFeedTextAndTheError()
    {
        var npa = await round.Harness.AllItemsAsync(round.Slugs["North Press"]);
        var missing = npa.Single(i => i.Url.EndsWith("/pages/missing.html", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.Failed, missing.Status);
        Assert.Contains("HTTP 404", missing.Error, StringComparison.Ordinal);
        Assert.Contains("محطة علوك", missing.ReadableText, StringComparison.Ordinal);

        var disallowed = npa.Single(i => i.Url.Contains("/private/", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.Failed, disallowed.Status);
        Assert.Contains("robots.txt", disallowed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(round.Server.Hits.Keys, k => k.StartsWith("/private/", StringComparison.Ordinal));

        var video = (await round.Harness.AllItemsAsync(round.Slugs["Wire"])).Single(i => i.Url.EndsWith("/pages/empty.html", StringComparison.Ordinal));
        Assert.Equal(ItemStatus.Failed, video.Status);
        Assert.Contains("no story text", video.Error, StringComparison.Ordinal);
        Assert.NotNull(await round.Harness.Items.PageAsync(video.Id, TestContext.Current.CancellationToken)); // the raw page is kept
    }

    [Fact]
    public void Round_Redirects_AreFollowedOnlyUpToTheLimit()
    {
        var hops = round.Server.Hits.Keys.Count(k => k.StartsWith("/broken/loop.xml", StringComparison.Ordinal));
        Assert.Equal(6, hops); // the first request and five redirects
    }
}
