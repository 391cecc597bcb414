using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Articles;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Web;

public sealed class PageCachingTests : IAsyncLifetime
{
    private readonly MirsadWebFactory _factory = new();
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private Task<string> GetAsync(string url) => _client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    [Fact]
    public async Task SearchPage_ArticleSavedThroughTheArchive_IsNotHiddenByTheCache()
    {
        const string url = "/api/search?q=quokkaflux";
        Assert.Contains("\"total\":0", await GetAsync(url), StringComparison.Ordinal);
        Assert.Contains("\"total\":0", await GetAsync(url), StringComparison.Ordinal); // now cached

        var archive = _factory.Services.GetRequiredService<ArticleArchive>();
        await archive.SaveAsync([new Article { Id = "cache-test", Slug = "", Headline = "Quokkaflux sighted", Body = [ArticleBlock.Paragraph("A quokkaflux was seen.")] }], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("\"total\":1", await GetAsync(url), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=aleppo")]
    [InlineData("/api/suggest?q=alep")]
    public async Task Get_SameAddressTwice_SecondComesFromTheCache(string url)
    {
        using var first = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        using var second = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // set only on responses served from the output cache
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
