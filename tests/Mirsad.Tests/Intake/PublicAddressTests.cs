using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Sources;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Intake;

/// <summary>
/// The intake reaches only public addresses. The machine has no internet, so 127.0.0.2 plays the public
/// outlet (allowed by name in Mirsad:Intake:AllowedNetworks) and 127.0.0.1 the internal host whose
/// secret must stay home; every refusal is checked to have sent that host nothing.
/// </summary>
public sealed class PublicAddressTests : IAsyncLifetime
{
    private FeedTestServer _internal = null!;
    private FeedTestServer _outlet = null!;
    private IntakeHarness _harness = null!;

    public async ValueTask InitializeAsync()
    {
        _internal = await FeedTestServer.StartAsync("127.0.0.1");
        _outlet = await FeedTestServer.StartAsync("127.0.0.2");
        _harness = new IntakeHarness(new Dictionary<string, string?>
        {
            ["Mirsad:Intake:AllowPrivateNetworks"] = "false",
            ["Mirsad:Intake:AllowedNetworks:0"] = "127.0.0.2/32",
        });
    }

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _outlet.DisposeAsync();
        await _internal.DisposeAsync();
    }

    private string InternalPort => new Uri(_internal.BaseUrl).Port.ToString(CultureInfo.InvariantCulture);

    private Task<FetchResult> FetchAsync(IntakeHarness harness, string url) =>
        harness.Services.GetRequiredService<PoliteFetcher>().FetchAsync(new FetchRequest(new Uri(url), 100_000, "*/*"), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("http://127.0.0.1:{port}/internal/secret", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://2130706433:{port}/internal/secret", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f000001:{port}/internal/secret", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://017700000001:{port}/internal/secret", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]:{port}/internal/secret", "refused: ::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/internal/secret", "refused: ::ffff:127.0.0.1 (127.0.0.1) is a loopback address")]
    [InlineData("http://localhost:{port}/internal/secret", "refused: localhost resolves to 127.0.0.1, which is a loopback address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address (where cloud metadata services answer)")]
    [InlineData("http://10.0.0.5/feed.xml", "refused: 10.0.0.5 is a private network address")]
    [InlineData("http://192.168.1.1/", "refused: 192.168.1.1 is a private network address")]
    [InlineData("http://100.64.0.1/", "refused: 100.64.0.1 is a carrier-grade NAT address")]
    [InlineData("http://0.0.0.0:{port}/internal/secret", "refused: 0.0.0.0 is a \"this network\" address")]
    [InlineData("http://[fd12:3456::1]/", "refused: fd12:3456::1 is a unique local (private) address")]
    [InlineData("http://[fe80::1]/", "refused: fe80::1 is a link-local address")]
    [InlineData("http://[64:ff9b::a00:5]/", "refused: 64:ff9b::a00:5 (10.0.0.5) is a private network address")]
    [InlineData("http://224.0.0.1/", "refused: 224.0.0.1 is a multicast address")]
    [InlineData("http://255.255.255.255/", "refused: 255.255.255.255 is the broadcast address")]
    public async Task FetchAsync_NonPublicAddress_IsRefusedBeforeAnyRequest(string url, string expected)
    {
        var result = await FetchAsync(_harness, url.Replace("{port}", InternalPort, StringComparison.Ordinal));
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.True(result.Permanent);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("refused: ", result.Refusal, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
    }

    [Fact]
    public async Task FetchAsync_UrlWithCredentials_IsRefusedWithoutShowingThem()
    {
        var result = await FetchAsync(_harness, _outlet.BaseUrl.Replace("http://", "http://reader:hunter2@", StringComparison.Ordinal) + "/feeds/sana.xml");
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("user name or password", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
        Assert.Empty(_outlet.Requests);
    }

    [Fact]
    public async Task FetchAsync_AllowedNetworkAndAllowPrivateNetworks_AreReached()
    {
        Assert.Equal(FetchStatus.Ok, (await FetchAsync(_harness, _outlet.Url("/feeds/sana.xml"))).Status);

        using var demo = new IntakeHarness(); // the tests' (and the offline demo's) Mirsad:Intake:AllowPrivateNetworks=true
        Assert.Equal(FetchStatus.Ok, (await FetchAsync(demo, _internal.Url("/internal/secret"))).Status);
        Assert.False(new IntakeOptions().AllowPrivateNetworks); // and it is off unless asked for
    }

    [Fact]
    public async Task Round_FeedOnALoopbackAddress_RecordsTheRefusalOnTheFeedAndSource()
    {
        var slug = await _harness.AddSourceAsync("Internal", _internal.Url("/feeds/sana.xml"));
        var result = Assert.Single(await _harness.RoundAsync());
        Assert.Equal(1, result.Errors);
        Assert.Contains("refused: 127.0.0.1 is a loopback address", result.Error, StringComparison.Ordinal);
        Assert.Contains("Mirsad__Intake__AllowPrivateNetworks=true", result.Error, StringComparison.Ordinal); // says how the demo gets there

        var source = (await _harness.Registry.ListAsync(DateTimeOffset.UtcNow, TestContext.Current.CancellationToken)).Single(s => s.Slug == slug);
        Assert.Contains("refused: 127.0.0.1", source.Feeds.Single().LastError, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
    }

    [Fact]
    public async Task Round_RedirectToALoopbackAddress_IsRefused()
    {
        var secret = _internal.Url("/internal/secret");
        await _harness.AddSourceAsync("Redirecting", _outlet.Url("/redirect?to=" + Uri.EscapeDataString(secret)));
        var result = Assert.Single(await _harness.RoundAsync());
        Assert.Contains($"(redirected to {secret}): refused: 127.0.0.1 is a loopback address", result.Error, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
        Assert.Contains(_outlet.Requests, r => r.Path.StartsWith("/redirect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Round_ItemLinkToALoopbackAddress_IsRefusedAndTheSecretIsNotStored()
    {
        var secret = _internal.Url("/internal/secret");
        var slug = await _harness.AddSourceAsync("Linking", _outlet.Url("/linking/feed.xml?to=" + Uri.EscapeDataString(secret)), language: "en");
        var result = Assert.Single(await _harness.RoundAsync());
        Assert.Equal(1, result.Errors);
        Assert.Equal(0, result.Pending); // refused for good, not retried next round

        var item = Assert.Single(await _harness.AllItemsAsync(slug));
        Assert.Equal(ItemStatus.Failed, item.Status);
        Assert.Contains("refused: 127.0.0.1 is a loopback address", item.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("7f3a-cafe", item.Text ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(_internal.Requests);
    }

    [Fact]
    public void Options_AllowedNetworkThatIsNotANetwork_FailsValidationWithTheValue()
    {
        using var harness = new IntakeHarness(new Dictionary<string, string?> { ["Mirsad:Intake:AllowedNetworks:0"] = "intranet" });
        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<IntakeOptions>>().Value);
        Assert.Contains("'intranet' is not a network", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_FeedWithCredentials_IsAProblem()
    {
        var (slug, problems) = await _harness.Services.GetRequiredService<SourceRegistrar>().RegisterAsync(
            new SourceRegistration { Name = "Secret", Feeds = ["https://user:pass@outlet.example/feed"] }, TestContext.Current.CancellationToken);
        Assert.Null(slug);
        Assert.Contains(problems, p => p.Contains("user name or password", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("93.184.215.14")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2a00:1450:4001:80b::200e")]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8, as an IPv6-only network with DNS64 sees any IPv4 outlet
    [InlineData("2002:808:808::1")] // 6to4 of 8.8.8.8
    public void Classify_PublicAddress_IsNull(string address) =>
        Assert.Null(SpecialAddresses.Classify(System.Net.IPAddress.Parse(address)));

    [Theory]
    [InlineData("172.16.0.1", "a private network address")]
    [InlineData("172.31.255.255", "a private network address")]
    [InlineData("198.18.0.1", "a benchmarking address")]
    [InlineData("192.0.2.1", "a documentation address")]
    [InlineData("240.0.0.1", "a reserved address")]
    [InlineData("::", "the unspecified address")]
    [InlineData("::127.0.0.1", "a loopback address")] // IPv4-compatible
    [InlineData("2002:a00:1::1", "a private network address")] // 6to4 of 10.0.0.1
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("2001:db8::1", "a documentation address")]
    public void Classify_SpecialAddress_NamesItsKind(string address, string kind) =>
        Assert.Equal(kind, SpecialAddresses.Classify(System.Net.IPAddress.Parse(address))?.Kind);
}
