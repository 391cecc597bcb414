using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Sqlite.Tests;

public sealed class SqliteKeywordProfileTests : IDisposable
{
    private static readonly ArticleKeyword Putin = new("vladimir-putin", "Vladimir Putin", KeywordKind.Person);
    private static readonly ArticleKeyword Syria = new("syria", "Syria", KeywordKind.Place);
    private static readonly ArticleKeyword Idlib = new("idlib", "Idlib", KeywordKind.Place);

    private readonly TempDirectory _dir = new();
    private readonly SqliteDatabase _db;
    private readonly SqliteKeywordStore _keywords;

    public SqliteKeywordProfileTests()
    {
        _db = new SqliteDatabase(Path.Combine(_dir.Path, "m.db"));
        _keywords = new SqliteKeywordStore(_db, TimeProvider.System);
    }

    public void Dispose() => _dir.Dispose();

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    private async Task SeedAsync()
    {
        var store = new SqliteArticleStore(_db, TimeProvider.System);
        SourceOutlet sana = new("sana", "SANA"), tv = new("syria-tv", "Syria TV");
        await store.SaveAsync(
            [
                new Article { Id = "1", Slug = "", Headline = "A", Keywords = [Putin, Syria], Source = sana, PublishedAt = Day(2025, 1, 5) },
                new Article { Id = "2", Slug = "", Headline = "B", Keywords = [Putin, Syria, Idlib], Source = sana, PublishedAt = Day(2025, 3, 9) },
                new Article { Id = "3", Slug = "", Headline = "C", Keywords = [Putin, Idlib], Source = tv, PublishedAt = Day(2025, 3, 20) },
                new Article { Id = "4", Slug = "", Headline = "D", Keywords = [Putin, Syria], Source = tv, Status = ArticleStatus.Draft, PublishedAt = Day(2025, 3, 21) },
            ],
            TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Statistics_CountPublishedArticlesOnly()
    {
        await SeedAsync();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal([new KeywordCount("idlib", "Idlib", KeywordKind.Place, 2), new KeywordCount("syria", "Syria", KeywordKind.Place, 2)], await _keywords.CooccurringAsync("vladimir-putin", 12, ct));
        Assert.Equal([new KeywordSourceCount("sana", "SANA", 2), new KeywordSourceCount("syria-tv", "Syria TV", 1)], await _keywords.SourcesAsync("vladimir-putin", 8, ct));
        Assert.Equal([new MonthCount(2025, 1, 1), new MonthCount(2025, 3, 2)], await _keywords.MonthsAsync("vladimir-putin", ct));
        Assert.Equal(["idlib", "vladimir-putin", "syria"], (await _keywords.TrendingAsync(Day(2025, 3, 1), 12, ct)).Select(k => k.Slug));
        Assert.Equal(["1", "2", "3", "4"], await _keywords.ArticleIdsAsync("vladimir-putin", ct));
    }

    [Fact]
    public async Task SaveCurated_RoundTripsAndMovesAliases()
    {
        await SeedAsync();
        var ct = TestContext.Current.CancellationToken;
        await _keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("syria", "Syria", KeywordKind.Place, ["Sham", "الشام"])), ct);
        await _keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("levant", "Levant", KeywordKind.Place, ["Sham"]), Blocked: true), ct);
        await _keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("idlib", "Idlib", KeywordKind.Place), MergedInto: "syria"), ct);

        var curated = (await _keywords.CuratedAsync(ct)).ToDictionary(c => c.Keyword.Slug);
        Assert.Equal(["الشام"], curated["syria"].Keyword.Aliases); // "Sham" moved to the levant
        Assert.Equal(["Sham"], curated["levant"].Keyword.Aliases);
        Assert.True(curated["levant"].Blocked);
        Assert.Equal("syria", curated["idlib"].MergedInto);
        Assert.Equal("syria", (await _keywords.GetAsync("idlib", ct))!.MergedInto);
        Assert.DoesNotContain(await _keywords.ListAsync(cancellationToken: ct), k => k.Slug == "idlib"); // a merged keyword is not listed
    }

    [Fact]
    public async Task SetProfile_SetsAndClears()
    {
        await SeedAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await _keywords.SetProfileAsync("vladimir-putin", "  President of Russia. ", ct));
        Assert.Equal("President of Russia.", (await _keywords.GetAsync("vladimir-putin", ct))!.Profile);
        Assert.True(await _keywords.SetProfileAsync("vladimir-putin", "", ct));
        Assert.Null((await _keywords.GetAsync("vladimir-putin", ct))!.Profile);
        Assert.False(await _keywords.SetProfileAsync("nobody", "x", ct));
    }
}
