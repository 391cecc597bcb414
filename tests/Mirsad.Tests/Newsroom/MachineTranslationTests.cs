using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mirsad.Core.Translation;
using Mirsad.Tests.Support;
using Mirsad.Translation;

namespace Mirsad.Tests.Newsroom;

public sealed class MachineTranslationTests
{
    private const string Answer = "Putin Urges Sharaa to Deepen Cooperation\n\nRussian President Vladimir Putin sent a message to Syrian President Ahmad al-Sharaa.\n\nThe Kremlin said Moscow supports stability.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenAiMachineTranslator Translator(string endpoint) =>
        new(Options.Create(new TranslationOptions { Endpoint = endpoint, ApiKey = StandInTranslationServer.Key, Model = "stand-in-model", TimeoutSeconds = 20 }), NullLogger<OpenAiMachineTranslator>.Instance);

    [Fact]
    public async Task TranslateAsync_StandInOpenAiServer_ReturnsHeadlineAndBody()
    {
        await using var server = await StandInTranslationServer.StartAsync(Answer);
        using var translator = Translator(server.Endpoint);
        var result = await translator.TranslateAsync(new TranslationRequest("بوتين يدعو الشرع", "بعث الرئيس الروسي رسالة.", "ar", "en"), Ct);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("Putin Urges Sharaa to Deepen Cooperation", result.Headline);
        Assert.StartsWith("Russian President Vladimir Putin sent", result.Text, StringComparison.Ordinal);
        Assert.Equal("Bearer " + StandInTranslationServer.Key, Assert.Single(server.Authorizations));
        Assert.Equal("stand-in-model", (string?)server.Requests[0]["model"]);
        Assert.Contains("بعث الرئيس الروسي رسالة.", server.UserMessage(0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_StandInServerRefusesTheKey_SaysSoWithoutThrowing()
    {
        await using var server = await StandInTranslationServer.StartAsync(Answer, status: 401);
        using var translator = Translator(server.Endpoint);
        var result = await translator.TranslateAsync(new TranslationRequest("عنوان", "نص.", "ar", "en"), Ct);
        Assert.False(result.Ok);
        Assert.Contains("refused the API key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_NothingListening_SaysSoWithoutThrowing()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var translator = Translator($"http://127.0.0.1:{port}/v1");
        var result = await translator.TranslateAsync(new TranslationRequest("عنوان", "نص.", "ar", "en"), Ct);
        Assert.False(result.Ok);
        Assert.StartsWith("The translation service could not translate this story", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_WithStandInServerConfigured_MachineTranslateFillsTheFormWithoutSaving()
    {
        await using var server = await StandInTranslationServer.StartAsync(Answer);
        await WithSiteAsync(new() { ["Mirsad:Translation:Endpoint"] = server.Endpoint, ["Mirsad:Translation:ApiKey"] = StandInTranslationServer.Key }, async site =>
        {
            var draft = await site.DraftAsync();
            using var translator = await site.LogInAsync("tariq");
            var page = await (await translator.GetAsync("/newsroom/articles/" + draft.Id)).Content.ReadAsStringAsync(Ct);
            Assert.Contains("Machine-translate the original", page, StringComparison.Ordinal);

            var response = await site.PostEditorAsync(translator, draft.Id, "Translate", await site.FormAsync(draft.Id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains("value=\"Putin Urges Sharaa to Deepen Cooperation\"", html, StringComparison.Ordinal);
            Assert.Contains("Review it, then save", html, StringComparison.Ordinal);
            Assert.Equal(draft.Headline, (await site.Store.GetAsync(draft.Id, Ct))!.Headline); // nothing saved yet
        });
    }

    [Fact]
    public async Task Editor_ByDefault_OffersNoMachineTranslation()
    {
        await WithSiteAsync([], async site =>
        {
            var draft = await site.DraftAsync();
            using var translator = await site.LogInAsync("tariq");
            var page = await (await translator.GetAsync("/newsroom/articles/" + draft.Id)).Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("Machine-translate", page, StringComparison.Ordinal);
            Assert.IsType<NoMachineTranslator>(site.Factory.Services.GetService(typeof(IMachineTranslator)));
        });
    }

    private static async Task WithSiteAsync(Dictionary<string, string> settings, Func<NewsroomFixture, Task> test)
    {
        var site = new NewsroomFixture();
        foreach (var (key, value) in settings)
        {
            site.Factory.With(key, value);
        }

        await site.InitializeAsync();
        try
        {
            await test(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }
}
