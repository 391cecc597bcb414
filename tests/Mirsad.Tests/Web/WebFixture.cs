using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Web;

/// <summary>One running site over a fresh data directory with the demo corpus, shared by read-only page tests.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string SeedSlug = "in-message-to-sharaa-putin-calls-for-enhanced-cooperation-with-syria";

    public MirsadWebFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlParser().ParseDocument(html));
    }
}
