using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Web;

public sealed class UntrustedContentTests : IAsyncLifetime
{
    private const string Payload = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    private readonly MirsadWebFactory _factory = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        var archive = _factory.Services.GetRequiredService<ArticleArchive>();
        await archive.SaveAsync(
            [
                new Article
                {
                    Id = "evil",
                    Slug = "evil-article",
                    Headline = "Headline " + Payload,
                    Standfirst = "Standfirst " + Payload,
                    Body = [ArticleBlock.Paragraph("Body " + Payload), ArticleBlock.Subheading("Sub " + Payload)],
                    Source = new SourceOutlet("evil-source", "Source " + Payload, Leaning: "leaning " + Payload),
                    Keywords = [new ArticleKeyword("evil-keyword", "Keyword " + Payload, KeywordKind.Topic)],
                    Url = "javascript:alert(1)",
                    PublishedAt = DateTimeOffset.UtcNow,
                },
            ],
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/article/evil-article")]
    [InlineData("/")]
    [InlineData("/search?q=headline")]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/keyword/evil-keyword")]
    [InlineData("/source/evil-source")]
    [InlineData("/keyword/evil-keyword/feed.xml")]
    public async Task Pages_RenderInjectedMarkupAsText(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Article_ShowsThePayloadAsVisibleText()
    {
        var body = await _client.GetStringAsync(new Uri("/article/evil-article", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", body, StringComparison.Ordinal);
    }
}
