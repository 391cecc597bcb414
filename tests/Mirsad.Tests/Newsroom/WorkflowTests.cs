using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Workflow;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Newsroom;

public sealed class WorkflowTests(NewsroomFixture site) : IClassFixture<NewsroomFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = site.Factory.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task Story_TranslatedEditedAndPublished_AppearsOnTheSiteInSearchFeedsAndKeywordPages_AndUnpublishingRemovesIt()
    {
        var draft = await site.DraftAsync();
        using var translator = await site.LogInAsync("tariq");
        await site.MoveAsync(translator, draft.Id, ArticleStatus.InTranslation);
        await site.MoveAsync(translator, draft.Id, ArticleStatus.InEditing, new()
        {
            ["Form.Headline"] = "Putin Urges Sharaa to Deepen Zanzibarite Cooperation",
            ["Form.Standfirst"] = "Putin’s message to President Sharaa underscores Russia’s intent to remain a central actor",
            ["Form.Body"] = "Russian President Vladimir Putin has sent a formal message to Syrian President Ahmad al-Sharaa.\n\n## Russia’s Shifting Strategy\n\nMoscow moved to reconfigure its approach.",
        });

        // The translator has handed the story over: the text is the editors' now, and publishing is theirs.
        var refused = await site.PostEditorAsync(translator, draft.Id, "Move", await site.FormAsync(draft.Id), nameof(ArticleStatus.Published));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("cannot become published", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.InEditing, (await site.Store.GetAsync(draft.Id, Ct))!.Status);

        using var editor = await site.LogInAsync("edward");
        await site.MoveAsync(editor, draft.Id, ArticleStatus.Ready, new() { ["Form.Accept"] = "Vladimir Putin", ["Form.AddKeywords"] = "Zanzibarite cooperation" });
        await site.MoveAsync(editor, draft.Id, ArticleStatus.Published);

        var published = (await site.Store.GetAsync(draft.Id, Ct))!;
        Assert.Equal("putin-urges-sharaa-to-deepen-zanzibarite-cooperation", published.Slug);
        Assert.Contains(published.Keywords, k => k.Slug == "vladimir-putin" && k.Origin == Core.Keywords.KeywordOrigin.Editor);
        var page = await GetAsync("/article/" + published.Slug);
        Assert.Contains("central actor, Syria TV writes.", page, StringComparison.Ordinal);
        Assert.Contains("has not verified the content", page, StringComparison.Ordinal);
        Assert.Contains("Zanzibarite", await GetAsync("/search?q=Zanzibarite"), StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(await GetAsync("/api/search?q=Zanzibarite")).RootElement.GetProperty("total").GetInt32());
        Assert.Contains("Zanzibarite", await GetAsync("/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("Zanzibarite", await GetAsync("/keyword/vladimir-putin"), StringComparison.Ordinal);
        Assert.Contains("Zanzibarite", await GetAsync("/keyword/vladimir-putin/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("Zanzibarite", await GetAsync("/source/syria-tv"), StringComparison.Ordinal);

        await site.MoveAsync(editor, draft.Id, ArticleStatus.Unpublished);
        await GetAsync("/article/" + published.Slug, HttpStatusCode.NotFound);
        Assert.Equal(0, JsonDocument.Parse(await GetAsync("/api/search?q=Zanzibarite")).RootElement.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Zanzibarite", await GetAsync("/feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibarite", await GetAsync("/keyword/vladimir-putin"), StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibarite", await GetAsync("/source/syria-tv"), StringComparison.Ordinal);

        var audit = await site.Factory.Services.GetRequiredService<IAuditLog>().LatestAsync(50, draft.Id, Ct);
        Assert.Equal(["article.unpublish", "article.publish", "article.move", "article.move", "article.move", "article.create"], audit.Select(e => e.Action));
        Assert.Equal("edward", audit[1].Actor);
        Assert.Equal("ready → published", audit[1].Detail);
    }

    [Fact]
    public async Task Editor_OriginalIsRightToLeft_AndAttributionAndDisclaimerAreFilledIn()
    {
        var draft = await site.DraftAsync();
        using var translator = await site.LogInAsync("tariq");
        var html = await (await translator.GetAsync("/newsroom/articles/" + draft.Id)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<div class=\"original-text\" lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Syria TV writes.\"", html, StringComparison.Ordinal);
        Assert.Contains("This article was translated and edited by Mirsad.", html, StringComparison.Ordinal);
        Assert.Contains("has not verified the content of this story", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_EditedAttribution_IsKeptOnThePublicPage()
    {
        var draft = await site.DraftAsync();
        using var editor = await site.LogInAsync("edward");
        await site.MoveAsync(editor, draft.Id, ArticleStatus.InEditing, new()
        {
            ["Form.Headline"] = "An attribution test",
            ["Form.Standfirst"] = "Damascus weighs its options.",
            ["Form.Attribution"] = "according to Syria TV.",
            ["Form.Body"] = "Text.",
        });
        await site.MoveAsync(editor, draft.Id, ArticleStatus.Ready);
        await site.MoveAsync(editor, draft.Id, ArticleStatus.Published);
        var page = await GetAsync("/article/an-attribution-test");
        Assert.Contains("Damascus weighs its options, according to Syria TV.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Syria TV writes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_StaleRevision_IsRefusedWithAMessage()
    {
        var draft = await site.DraftAsync();
        using var translator = await site.LogInAsync("tariq");
        var stale = await site.FormAsync(draft.Id, new() { ["Form.Headline"] = "First" });
        var response = await site.PostEditorAsync(translator, draft.Id, "Save", await site.FormAsync(draft.Id, new() { ["Form.Headline"] = "Second" }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var conflict = await site.PostEditorAsync(translator, draft.Id, "Save", stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("after you opened it", await conflict.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Second", (await site.Store.GetAsync(draft.Id, Ct))!.Headline);
    }

    [Fact]
    public async Task History_ShowsWhoChangedWhat_AndRestoresARevision()
    {
        var draft = await site.DraftAsync();
        using var translator = await site.LogInAsync("tariq");
        await site.PostEditorAsync(translator, draft.Id, "Save", await site.FormAsync(draft.Id, new() { ["Form.Headline"] = "Putin writes to Sharaa", ["Form.Body"] = "One." }));
        await site.PostEditorAsync(translator, draft.Id, "Save", await site.FormAsync(draft.Id, new() { ["Form.Headline"] = "Putin calls Sharaa" }));

        var history = await (await translator.GetAsync($"/newsroom/articles/{draft.Id}/history")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<td>tariq</td>", history, StringComparison.Ordinal);
        Assert.Contains("<del>writes to </del>", history, StringComparison.Ordinal);
        Assert.Contains("<ins>calls </ins>", history, StringComparison.Ordinal);

        var restore = await translator.PostFormAsync($"/newsroom/articles/{draft.Id}/history?rev=2", $"/newsroom/articles/{draft.Id}/history?rev=2&handler=Restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("Putin writes to Sharaa", (await site.Store.GetAsync(draft.Id, Ct))!.Headline);
        var revisions = await site.Factory.Services.GetRequiredService<IRevisionStore>().ListAsync(draft.Id, Ct);
        Assert.Equal([4, 3, 2, 1], revisions.Select(r => r.Number));
        Assert.Equal("restored revision 2", revisions[0].Note);
    }

    [Fact]
    public async Task Roundup_EditorGathersPublishedStories_AndPublishesIt()
    {
        var ids = new List<string>();
        foreach (var headline in new[] { "Quarzite talks resume in Geneva", "Quarzite aid convoy reaches Idlib" })
        {
            ids.Add((await site.WrittenAsync(headline, ArticleStatus.Published, "A summary of " + headline)).Id);
        }

        using var editor = await site.LogInAsync("edward");
        var fields = new Dictionary<string, string> { ["Headline"] = "What happened this week in Quarzite", ["Introduction"] = "Two stories." };
        var created = await editor.PostFormAsync("/newsroom/roundups/new", "/newsroom/roundups/new", fields.Concat(ids.Select((id, i) => KeyValuePair.Create($"Stories[{i}]", id))).ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var roundupId = Uri.UnescapeDataString(created.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0]);
        var roundup = (await site.Store.GetAsync(roundupId, Ct))!;
        Assert.Equal(ArticleKind.Roundup, roundup.Kind);
        Assert.Equal(2, roundup.Links.Count);

        foreach (var to in new[] { ArticleStatus.InEditing, ArticleStatus.Ready, ArticleStatus.Published })
        {
            await site.MoveAsync(editor, roundupId, to);
        }

        var page = await GetAsync("/article/what-happened-this-week-in-quarzite");
        Assert.Contains("The stories", page, StringComparison.Ordinal);
        Assert.Contains("Quarzite aid convoy reaches Idlib</a>", page, StringComparison.Ordinal);
        Assert.Contains("A summary of Quarzite talks resume in Geneva, Syria TV writes.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_InThePast_IsRefusedWithAMessage()
    {
        var draft = await site.WrittenAsync("Scheduled story", ArticleStatus.Ready);
        using var session = await site.LogInAsync("edward");
        var response = await site.PostEditorAsync(session, draft.Id, "Move", await site.FormAsync(draft.Id, new() { ["Form.PublishAt"] = "2001-01-01T10:00" }), nameof(ArticleStatus.Scheduled));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Choose a time in the future", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var later = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await site.MoveAsync(session, draft.Id, ArticleStatus.Scheduled, new() { ["Form.PublishAt"] = later });
        Assert.Equal(later, (await site.Store.GetAsync(draft.Id, Ct))!.PublishedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
