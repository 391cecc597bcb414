using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Storage.Contract;

/// <summary>What every <see cref="IKeywordStore"/> does: profiles, counts over published articles, the editors' vocabulary.</summary>
public abstract class KeywordStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private IKeywordStore Keywords => Get<IKeywordStore>();

    private async Task SeedAsync()
    {
        SourceOutlet sana = new("sana", "SANA"), tv = new("syria-tv", "Syria TV");
        var (putin, syria, idlib) = (Samples.Putin, Samples.Syria, Samples.Idlib);
        await Get<IArticleStore>().SaveAsync(
            [
                new Article { Id = "1", Slug = "", Headline = "A", Keywords = [putin, syria], Source = sana, PublishedAt = Samples.Day(2025, 1, 5) },
                new Article { Id = "2", Slug = "", Headline = "B", Keywords = [putin, syria, idlib], Source = sana, PublishedAt = Samples.Day(2025, 3, 9) },
                new Article { Id = "3", Slug = "", Headline = "C", Keywords = [putin, idlib], Source = tv, PublishedAt = Samples.Day(2025, 3, 20) },
                new Article { Id = "4", Slug = "", Headline = "D", Keywords = [putin, syria], Source = tv, Status = ArticleStatus.Draft, PublishedAt = Samples.Day(2025, 3, 21) },
            ],
            Ct);
    }

    [Fact]
    public async Task GetAsync_CountsPublishedArticlesAndDates_WithAliases()
    {
        await SeedAsync();
        await Keywords.AddAliasesAsync(new Keyword("vladimir-putin", "Vladimir Putin", KeywordKind.Person), ["بوتين", "Putin"], Ct);

        var profile = await Keywords.GetAsync("vladimir-putin", Ct);
        Assert.NotNull(profile);
        Assert.Equal(3, profile.ArticleCount);
        Assert.Equal(Samples.Day(2025, 1, 5), profile.FirstSeen);
        Assert.Equal(Samples.Day(2025, 3, 20), profile.LastSeen);
        Assert.Equal(["Putin", "بوتين"], profile.Keyword.Aliases);
        Assert.Null(await Keywords.GetAsync("nobody", Ct));
    }

    [Fact]
    public async Task AddAliasesAsync_UnknownKeyword_CreatesIt()
    {
        await Keywords.AddAliasesAsync(new Keyword("jolani", "Abu Mohammad al-Jolani", KeywordKind.Person), ["Jolani"], Ct);
        var profile = (await Keywords.GetAsync("jolani", Ct))!;
        Assert.Equal(("Abu Mohammad al-Jolani", KeywordKind.Person, 0), (profile.Keyword.Name, profile.Keyword.Kind, profile.ArticleCount));
        Assert.Equal(["Jolani"], profile.Keyword.Aliases);
    }

    [Fact]
    public async Task Statistics_CountPublishedArticlesOnly()
    {
        await SeedAsync();
        Assert.Equal([new KeywordCount("vladimir-putin", "Vladimir Putin", KeywordKind.Person, 3), new KeywordCount("idlib", "Idlib", KeywordKind.Place, 2), new KeywordCount("syria", "Syria", KeywordKind.Place, 2)], await Keywords.ListAsync(cancellationToken: Ct));
        Assert.Equal(["idlib", "syria"], (await Keywords.ListAsync(KeywordKind.Place, 10, Ct)).Select(k => k.Slug));
        Assert.Equal([new KeywordCount("idlib", "Idlib", KeywordKind.Place, 2), new KeywordCount("syria", "Syria", KeywordKind.Place, 2)], await Keywords.CooccurringAsync("vladimir-putin", 12, Ct));
        Assert.Equal([new KeywordSourceCount("sana", "SANA", 2), new KeywordSourceCount("syria-tv", "Syria TV", 1)], await Keywords.SourcesAsync("vladimir-putin", 8, Ct));
        Assert.Equal([new MonthCount(2025, 1, 1), new MonthCount(2025, 3, 2)], await Keywords.MonthsAsync("vladimir-putin", Ct));
        Assert.Equal(["idlib", "vladimir-putin", "syria"], (await Keywords.TrendingAsync(Samples.Day(2025, 3, 1), 12, Ct)).Select(k => k.Slug));
        Assert.Equal(["1", "2", "3", "4"], await Keywords.ArticleIdsAsync("vladimir-putin", Ct));
    }

    [Fact]
    public async Task SaveCuratedAsync_RoundTripsAndMovesAliases()
    {
        await SeedAsync();
        await Keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("syria", "Syria", KeywordKind.Place, ["Sham", "الشام"])), Ct);
        await Keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("levant", "Levant", KeywordKind.Place, ["Sham"]), Blocked: true), Ct);
        await Keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("idlib", "Idlib", KeywordKind.Place), MergedInto: "syria"), Ct);

        var curated = (await Keywords.CuratedAsync(Ct)).ToDictionary(c => c.Keyword.Slug);
        Assert.Equal(["idlib", "levant", "syria"], curated.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["الشام"], curated["syria"].Keyword.Aliases); // "Sham" moved to the levant
        Assert.Equal(["Sham"], curated["levant"].Keyword.Aliases);
        Assert.True(curated["levant"].Blocked);
        Assert.Equal("syria", curated["idlib"].MergedInto);
        var idlib = (await Keywords.GetAsync("idlib", Ct))!;
        Assert.Equal(("syria", false), (idlib.MergedInto, idlib.Blocked));
        Assert.DoesNotContain(await Keywords.ListAsync(cancellationToken: Ct), k => k.Slug == "idlib"); // a merged keyword is not listed
        Assert.DoesNotContain(await Keywords.CooccurringAsync("vladimir-putin", 12, Ct), k => k.Slug == "idlib");
    }

    [Fact]
    public async Task SaveCuratedAsync_RenameAndKind_AreWhatArticlesShow()
    {
        await SeedAsync();
        await Keywords.SaveCuratedAsync(new CuratedKeyword(new Keyword("idlib", "Idlib Governorate", KeywordKind.Organisation)), Ct);
        var keyword = (await Get<IArticleStore>().GetAsync("3", Ct))!.Keywords.Single(k => k.Slug == "idlib");
        Assert.Equal(("Idlib Governorate", KeywordKind.Organisation), (keyword.Name, keyword.Kind));
    }

    [Fact]
    public async Task SetProfileAsync_SetsTrimmedAndClears()
    {
        await SeedAsync();
        Assert.True(await Keywords.SetProfileAsync("vladimir-putin", "  President of Russia. ", Ct));
        Assert.Equal("President of Russia.", (await Keywords.GetAsync("vladimir-putin", Ct))!.Profile);
        Assert.True(await Keywords.SetProfileAsync("vladimir-putin", "", Ct));
        Assert.Null((await Keywords.GetAsync("vladimir-putin", Ct))!.Profile);
        Assert.False(await Keywords.SetProfileAsync("nobody", "x", Ct));
    }
}
