using Mirsad.Core.Ingest;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Intake;

/// <summary>
/// One intake round over every recorded outlet and every broken kind, against the loopback test
/// server; the tests read what it stored. Sources are polled one at a time, in name order, so which
/// copy of a story came first is fixed.
/// </summary>
public sealed class RecordedRoundFixture : IAsyncLifetime
{
    internal FeedTestServer Server { get; private set; } = null!;

    internal IntakeHarness Harness { get; } = new();

    public IReadOnlyList<SourceRoundResult> Results { get; private set; } = [];

    public Dictionary<string, string> Slugs { get; } = [];

    public static readonly (string Name, string Path, string Language)[] Sources =
    [
        ("Broken 404", "/broken/404.xml", "ar"),
        ("Broken 500", "/broken/500.xml", "ar"),
        ("Broken bomb", "/broken/bomb.xml", "ar"),
        ("Broken HTML", "/feeds/not-a-feed.html", "ar"),
        ("Broken huge", "/broken/huge.xml", "ar"),
        ("Broken loop", "/broken/loop.xml", "ar"),
        ("Broken malformed", "/feeds/malformed.xml", "ar"),
        ("Enab Baladi", "/feeds/enab.atom", "ar"),
        ("North Press", "/feeds/npa.json", "ar"),
        ("SANA", "/gz/sana.xml", "ar"),
        ("Syria Direct", "/br/news-sitemap.xml", "en"),
        ("Tishreen", "/feeds/tishreen.xml", "ar"),
        ("Wire", "/feeds/wire.xml", "en"),
        ("Wrong Encoding", "/feeds/wrong-encoding.xml", "ar"),
    ];

    public async ValueTask InitializeAsync()
    {
        Server = await FeedTestServer.StartAsync();
        foreach (var (name, path, language) in Sources)
        {
            Slugs[name] = await Harness.AddSourceAsync(name, Server.Url(path), language, name.StartsWith("Broken", StringComparison.Ordinal) ? "test" : "recorded outlet");
        }

        Results = await Harness.RoundAsync();
    }

    public SourceRoundResult Result(string name) => Results.Single(r => r.Slug == Slugs[name]);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Harness.Dispose();
    }
}
