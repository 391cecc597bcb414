using Mirsad.Core.Ingest.Stories;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Ingest;

public sealed class StoryMatcherTests
{
    private static readonly DateTimeOffset Monday = new(2017, 11, 13, 12, 0, 0, TimeSpan.Zero);
    private static readonly StoryMatcher Matcher = new(TimeSpan.FromHours(72), KeywordVocabulary.Default);

    private const string AtarebFirst =
        "Air strikes on a market killed at least 29 civilians including children in the town of Atareb in northern Syria on Monday despite a "
        + "\"de-escalation zone\" in place there, the Syrian Observatory for Human Rights said. Russian warplanes struck the crowded market in the "
        + "opposition-held town in western rural Aleppo, rescue workers said.";

    private const string AtarebUpdate =
        "A Syrian war monitoring group on Tuesday raised the death toll from air strikes on a market in the opposition-held town of Atareb in northern "
        + "Syria to 61 as rescue workers searched the rubble. The strikes hit the crowded market in the town in western rural Aleppo on Monday despite a "
        + "\"de-escalation zone\" in place there, the Syrian Observatory for Human Rights said.";

    private const string Ghouta =
        "At least nine civilians were killed on Thursday in air strikes by regime warplanes on residential neighbourhoods of Eastern Ghouta, the "
        + "opposition-held enclave near Damascus, the Syrian Observatory for Human Rights said. Rescue workers searched the rubble for survivors.";

    private static StoryFacts Facts(int id, string title, string text, DateTimeOffset at) =>
        StoryFacts.Read(KeywordExtractor.Default, id, title, text, at);

    [Fact]
    public void Score_OneStrikeWithItsTollRevised_IsOneStory()
    {
        var first = Facts(1, "Air raids kill 29 civilians in north Syria town: monitor", AtarebFirst, Monday);
        var update = Facts(2, "Regime airstrikes kill 61 civilians in Aleppo's opposition-held Atareb", AtarebUpdate, Monday.AddDays(1));
        Assert.NotNull(Matcher.Score(first, update));
    }

    [Fact]
    public void Score_StrikesInTwoPlacesTheSameWeek_AreTwoStories()
    {
        var atareb = Facts(1, "Regime airstrikes kill 61 civilians in Aleppo's opposition-held Atareb", AtarebUpdate, Monday.AddDays(1));
        var ghouta = Facts(2, "Assad regime airstrikes kill at least 9 civilians in Syria's Eastern Ghouta", Ghouta, Monday.AddDays(2));
        Assert.Null(Matcher.Score(atareb, ghouta));
        Assert.True(StoryMatcher.Contradicts(Matcher.Sign(atareb), Matcher.Sign(ghouta))); // different places, tolls nine and 61
    }

    [Fact]
    public void Score_AReactionToTheStrike_IsNotTheStrike()
    {
        var strike = Facts(1, "Regime airstrikes kill 61 civilians in Aleppo's opposition-held Atareb", AtarebUpdate, Monday.AddDays(1));
        var reaction = Facts(2, "Syrian Coalition condemns massacre by Russian air force in Atareb", "The Syrian Coalition condemned the air strikes on the market in Atareb in western rural Aleppo on Monday. " + AtarebFirst, Monday.AddDays(1));
        Assert.True(Matcher.Sign(reaction).IsStatement);
        Assert.Null(Matcher.Score(strike, reaction));
    }

    [Fact]
    public void Score_TheSameWordsAWeekApart_AreTwoStories()
    {
        var first = Facts(1, "Regime airstrikes kill 61 civilians in Aleppo's opposition-held Atareb", AtarebUpdate, Monday);
        var again = Facts(2, "Regime airstrikes kill 61 civilians in Aleppo's opposition-held Atareb", AtarebUpdate, Monday.AddDays(4));
        Assert.Null(Matcher.Score(first, again));
        Assert.NotNull(Matcher.Score(first, again with { At = Monday.AddHours(20) }));
    }

    [Fact]
    public void Sign_ArabicHeadline_NamesItsKindAndPlace()
    {
        var facts = Facts(1, "مقتل خمسة مدنيين بقصف مدفعي على مدينة إدلب", "قتل خمسة مدنيين وأصيب عشرة آخرون اليوم بقصف مدفعي استهدف أحياء سكنية في مدينة إدلب، بحسب مصادر محلية.", Monday);
        var signature = Matcher.Sign(facts);
        Assert.Equal(EventKind.Bombardment, signature.Kinds);
        Assert.Contains("idlib", signature.Places);
        Assert.False(signature.IsStatement);
    }
}
