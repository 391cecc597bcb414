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
        var site = new NewsroomFixture();
        site.Factory.With("Mirsad:Translation:Endpoint", server.Endpoint).With("Mirsad:Translation:ApiKey", StandInTranslationServer.Key);
        await site.InitializeAsync();
        try
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
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task Editor_ByDefault_OffersNoMachineTranslation()
    {
        var site = new NewsroomFixture();
        await site.InitializeAsync();
        try
        {
            var draft = await site.DraftAsync();
            using var translator = await site.LogInAsync("tariq");
            var page = await (await translator.GetAsync("/newsroom/articles/" + draft.Id)).Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("Machine-translate", page, StringComparison.Ordinal);
            Assert.IsType<NoMachineTranslator>(site.Factory.Services.GetService(typeof(IMachineTranslator)));
        }
        finally
        {
            await site.DisposeAsync();
        }
    }
}
