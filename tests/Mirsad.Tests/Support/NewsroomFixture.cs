using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Sources;
using Mirsad.Core.Workflow;
using Microsoft.Extensions.Options;
using Mirsad.Areas.Newsroom.Pages.Articles;
using Mirsad.Newsroom;
using Mirsad.Web;

namespace Mirsad.Tests.Support;

/// <summary>
/// A running site without the demo corpus and with three newsroom users (admin amira, editor edward,
/// translator tariq), plus helpers to make drafts and drive the editor's forms.
/// </summary>
public sealed class NewsroomFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    public static readonly SourceOutlet SyriaTv = new("syria-tv", "Syria TV", Language: "ar", Leaning: "opposition TV channel");

    public MirsadWebFactory Factory { get; } = new MirsadWebFactory().With("Mirsad:Site:LoadDemo", "false");

    public EditorialDesk Desk => Factory.Services.GetRequiredService<EditorialDesk>();

    public IArticleStore Store => Factory.Services.GetRequiredService<IArticleStore>();

    public async ValueTask InitializeAsync()
    {
        var accounts = Factory.Services.GetRequiredService<AccountService>();
        foreach (var (name, role) in new[] { ("amira", UserRole.Admin), ("edward", UserRole.Editor), ("tariq", UserRole.Translator) })
        {
            Assert.Null(await accounts.CreateAsync(name, role, Password, "test", TestContext.Current.CancellationToken));
        }
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    internal Task<NewsroomSession> LogInAsync(string name) => NewsroomSession.LogInAsync(Factory, name, Password);

    /// <summary>A draft as the monitoring desk makes it: an Arabic original from Syria TV, nothing translated yet.</summary>
    public async Task<Article> DraftAsync(string originalHeadline = "بوتين يدعو الشرع إلى تعزيز التعاون", string originalText = "بعث الرئيس الروسي فلاديمير بوتين رسالة إلى الرئيس السوري أحمد الشرع.", SourceOutlet? source = null)
    {
        var created = await Desk.CreateAsync(
            new Article
            {
                Id = string.Empty,
                Slug = string.Empty,
                Headline = originalHeadline,
                Language = "ar",
                Source = source ?? SyriaTv,
                Original = new ArticleOriginal(originalHeadline, originalText, "ar", "https://www.syria.tv/example"),
            },
            new EditorialActor("desk", UserRole.Translator),
            TestContext.Current.CancellationToken);
        Assert.True(created.Ok, created.Error);
        return created.Article!;
    }

    /// <summary>A draft given English text and moved by an editor, state by state, to <paramref name="upTo"/> (Ready or Published).</summary>
    public async Task<Article> WrittenAsync(string headline, ArticleStatus upTo, string? standfirst = null)
    {
        var editor = new EditorialActor("edward", UserRole.Editor);
        var draft = await DraftAsync();
        var saved = await Desk.SaveAsync(draft.Id, new ArticleEdit(headline, standfirst, null, [ArticleBlock.Paragraph("Body of " + headline)], "en", "News", [], [], null, null, 1), editor, TestContext.Current.CancellationToken);
        Assert.True(saved.Ok, saved.Error);
        foreach (var to in new[] { ArticleStatus.InEditing, ArticleStatus.Ready, ArticleStatus.Published }.Where(s => s <= upTo))
        {
            var moved = await Desk.MoveAsync(draft.Id, to, editor, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(moved.Ok, moved.Error);
        }

        return (await Store.GetAsync(draft.Id, TestContext.Current.CancellationToken))!;
    }

    /// <summary>The editor form's fields for an article as it now is, with <paramref name="changes"/> applied.</summary>
    public async Task<Dictionary<string, string>> FormAsync(string id, Dictionary<string, string>? changes = null)
    {
        var article = (await Store.GetAsync(id, TestContext.Current.CancellationToken))!;
        var revision = await Factory.Services.GetRequiredService<IRevisionStore>().LatestNumberAsync(id, TestContext.Current.CancellationToken);
        var shown = EditForm.From(
            article,
            revision,
            Factory.Services.GetRequiredService<IOptions<NewsroomOptions>>().Value.AttributionTemplate,
            Factory.Services.GetRequiredService<IOptions<SiteOptions>>().Value);
        var form = new Dictionary<string, string>
        {
            ["Form.Headline"] = shown.Headline,
            ["Form.Standfirst"] = shown.Standfirst ?? string.Empty,
            ["Form.Attribution"] = shown.Attribution ?? string.Empty,
            ["Form.Body"] = shown.Body ?? string.Empty,
            ["Form.Language"] = shown.Language,
            ["Form.Section"] = shown.Section ?? string.Empty,
            ["Form.Links"] = shown.Links ?? string.Empty,
            ["Form.Credit"] = shown.Credit ?? string.Empty,
            ["Form.Disclaimer"] = shown.Disclaimer ?? string.Empty,
            ["Form.Revision"] = shown.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < shown.Keep.Count; i++)
        {
            form[$"Form.Keep[{i}]"] = shown.Keep[i]; // checked, as the page shows them
        }

        foreach (var (key, value) in changes ?? [])
        {
            form[key] = value;
        }

        return form;
    }

    /// <summary>Posts the editor form to one of its handlers (Save, Move, Translate).</summary>
    internal async Task<HttpResponseMessage> PostEditorAsync(NewsroomSession session, string id, string handler, Dictionary<string, string> form, string? to = null)
    {
        var page = "/newsroom/articles/" + Uri.EscapeDataString(id);
        var fields = new Dictionary<string, string>(form);
        if (to is not null)
        {
            fields["to"] = to;
        }

        return await session.PostFormAsync(page, page + "?handler=" + handler, fields);
    }

    /// <summary>Moves an article through the editor as <paramref name="session"/>, asserting it worked.</summary>
    internal async Task MoveAsync(NewsroomSession session, string id, ArticleStatus to, Dictionary<string, string>? changes = null)
    {
        var response = await PostEditorAsync(session, id, "Move", await FormAsync(id, changes), to.ToString());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Move to {to} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        Assert.Equal(to, (await Store.GetAsync(id, TestContext.Current.CancellationToken))!.Status);
    }
}
