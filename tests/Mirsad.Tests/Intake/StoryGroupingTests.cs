using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Dedupe;
using Mirsad.Core.Ingest.Stories;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Intake;

public sealed class StoryGroupingTests
{
    [Fact]
    public async Task BenchStories_HandLabelledDemoPairs_SameStoryIsRightNineTimesInTen()
    {
        var pairs = Path.Combine(AppContext.BaseDirectory, "TestData", "Stories", "story-pairs.tsv");
        var result = await CliRunner.RunAsync("bench", "stories", "--corpus", Path.Combine(SharedData.RepositoryRoot, "data", "demo", "fakes.jsonl"), "--pairs", pairs);
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.OutLines);
        TestContext.Current.SendDiagnosticMessage(line);
        var fields = line.Split(' ').Skip(1).Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal(File.ReadLines(pairs).Count(l => l.Length > 0 && l[0] != '#'), int.Parse(fields["pairs"], CultureInfo.InvariantCulture));
        Assert.True(double.Parse(fields["precision"], CultureInfo.InvariantCulture) >= 0.9, line); // the bar
        Assert.True(double.Parse(fields["recall"], CultureInfo.InvariantCulture) >= 0.5, line);
    }

    [Fact]
    public async Task FindAsync_TollRevisedThenAnotherPlace_GroupsOnlyTheSameEvent()
    {
        using var harness = new IntakeHarness();
        var ct = TestContext.Current.CancellationToken;
        var now = new DateTimeOffset(2017, 11, 14, 12, 0, 0, TimeSpan.Zero);
        var grouper = harness.Services.GetRequiredService<StoryGrouper>();
        var extractor = harness.Services.GetRequiredService<Core.Keywords.KeywordExtractor>();
        var source = await harness.AddSourceAsync("Outlet", "https://outlet.example/feed", "en");
        var feed = (await harness.Registry.GetAsync(source, now, ct))!.Feeds[0].Id;

        async Task<(long Id, long? Story)> AddAsync(string link, string title, string text, DateTimeOffset published)
        {
            await harness.Items.AddDiscoveredAsync(source, feed, [new DiscoveredItem(link, link, title, null, null, published, null, "en")], now, ct);
            var id = (await harness.AllItemsAsync(source)).Single(i => i.Url == link).Id;
            var facts = StoryFacts.Read(extractor, id, title, text, published);
            var story = await grouper.FindAsync(facts, ct);
            await harness.Items.CompleteAsync(new ItemCompletion { ItemId = id, Status = ItemStatus.Ready, At = now, TitleKey = TitleKey.From(title), Text = text, StoryId = story, Keywords = facts.Keywords }, ct);
            return (id, story);
        }

        const string Market = "Air strikes on a market killed civilians in the opposition-held town of Atareb in western rural Aleppo on Monday, the Syrian Observatory for Human Rights said, as rescue workers searched the rubble.";
        var first = await AddAsync("https://outlet.example/1", "Air raids kill 29 civilians in Atareb market", Market, now.AddDays(-1));
        var update = await AddAsync("https://outlet.example/2", "Toll from Atareb market air raids rises to 61", "The toll from air strikes on a market in the opposition-held town of Atareb in western rural Aleppo rose to 61 on Tuesday, the Syrian Observatory for Human Rights said, as rescue workers searched the rubble.", now);
        var ghouta = await AddAsync("https://outlet.example/3", "Air raids kill 9 civilians in Eastern Ghouta", "Air strikes killed nine civilians in the opposition-held enclave of Eastern Ghouta near Damascus on Wednesday, the Syrian Observatory for Human Rights said, as rescue workers searched the rubble.", now.AddDays(1));

        Assert.Null(first.Story);
        Assert.Equal(first.Id, update.Story); // one strike, its toll revised
        Assert.Null(ghouta.Story); // another place and toll: a story of its own, however alike the words
    }
}
