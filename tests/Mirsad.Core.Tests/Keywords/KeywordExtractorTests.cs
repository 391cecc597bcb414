using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Keywords;

public sealed class KeywordExtractorTests
{
    private const string SeedTitle = "In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria";

    private static string SeedBody() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-body.txt"));

    [Fact]
    public void Extract_SeedArticle_FindsItsPeopleAndStates()
    {
        var names = KeywordExtractor.Default.Extract(SeedTitle, SeedBody(), 10).Select(k => k.Name).ToList();
        Assert.Contains("Vladimir Putin", names);
        Assert.Contains("Ahmad al-Sharaa", names);
        Assert.Contains("Russia", names);
        Assert.Contains("Syria", names);
        Assert.InRange(names.Count, 5, 10);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Extract_SurnameAfterFullName_IsOnePerson()
    {
        var text = "Talal Barazi, the governor, spoke on Friday. Barazi said the attack caused deaths. Barazi added more.";
        var keywords = KeywordExtractor.Default.Extract("Governor speaks", text, 10);
        var barazi = keywords.Where(k => k.Name.Contains("Barazi", StringComparison.Ordinal)).ToList();
        Assert.Single(barazi);
        Assert.Equal("Talal Barazi", barazi[0].Name);
        Assert.Equal(KeywordKind.Person, barazi[0].Kind);
    }

    [Fact]
    public void Extract_RoleBeforeName_IsStrippedAndMarksAPerson()
    {
        var keywords = KeywordExtractor.Default.Extract("Talks", "Deputy Foreign Minister Ivan Example visited Beirut. Ivan Example met officials.", 10);
        Assert.Contains(keywords, k => k is { Name: "Ivan Example", Kind: KeywordKind.Person });
    }

    [Fact]
    public void Extract_Arabic_GivesArabicKeywordsLinkedToEntities()
    {
        var keywords = KeywordExtractor.Default.Extract("الشرع يلتقي بوتين في موسكو", "التقى الرئيس أحمد الشرع بالرئيس فلاديمير بوتين في موسكو. وبحث الشرع مع بوتين العلاقات بين سوريا وروسيا.", 10);
        var names = keywords.Select(k => k.Name).ToList();
        Assert.Contains("Ahmad al-Sharaa", names);
        Assert.Contains("Vladimir Putin", names);
        Assert.Contains("Moscow", names);
    }

    [Fact]
    public void Extract_PlaceNamedAfterAPerson_IsNoMentionOfThePerson()
    {
        var text = "Shells hit the al-Assad residential suburb and the Hamadaniya neighborhood of Aleppo. The shells hit the Assad suburb again on Monday.";
        var names = KeywordExtractor.Default.Extract("Shells hit Aleppo suburbs", text, 10).Select(k => k.Name).ToList();
        Assert.Contains("Aleppo", names);
        Assert.DoesNotContain("Bashar al-Assad", names);

        var person = KeywordExtractor.Default.Extract("Assad speaks", "President Bashar al-Assad said the army would advance. Assad spoke in Damascus.", 10);
        Assert.Contains(person, k => k.Name == "Bashar al-Assad");
    }

    [Fact]
    public void Extract_KnownEntity_IsPrintedByItsVocabularyName()
    {
        var text = "President Sharaa met the envoys in Damascus. President Sharaa said the talks went well. Ahmad al-Sharaa left on Monday.";
        var keywords = KeywordExtractor.Default.Extract("Sharaa meets envoys", text, 10);
        var sharaa = Assert.Single(keywords, k => k.Slug == "ahmad-al-sharaa");
        Assert.Equal("Ahmad al-Sharaa", sharaa.Name);
    }

    [Fact]
    public void Extract_BlockedSlug_IsNeverReturned()
    {
        var keywords = KeywordExtractor.Default.Extract(SeedTitle, SeedBody(), 10, blocked: new HashSet<string> { "syria" });
        Assert.DoesNotContain(keywords, k => k.Slug == "syria");
    }

    [Fact]
    public void Extract_EmptyText_GivesNothing()
    {
        Assert.Empty(KeywordExtractor.Default.Extract(null, "", 10));
    }

    [Fact]
    public void Extract_ArabicSpellingVariants_AreOneNormalisedKeyword()
    {
        // "الحكومة الانتقالية" and "حكومه انتقاليه" (no article, taa marbuta written as haa, a diacritic) are one keyword.
        var text = "أعلنت الحكومة الانتقالية خطة جديدة. وقالت حكومةٌ انتقاليه إن الخطة تشمل إعادة الإعمار. الحكومة الانتقالية ستنفذ الخطة.";
        var keywords = KeywordExtractor.Default.Extract("خطة الحكومة الانتقالية", text, 10);

        var government = keywords.Where(k => k.Slug == Mirsad.Core.Text.Slug.From("حكومه انتقاليه")).ToList();
        Assert.Single(government);
        Assert.DoesNotContain(keywords, k => k.Name.Any(c => c is >= '\u064B' and <= '\u065F'));
        Assert.Equal(keywords.Count, keywords.Select(k => k.Slug).Distinct().Count());
    }

    [Fact]
    public void Extract_ArabicNameInTheVocabulary_LinksToTheEnglishKeyword()
    {
        var keywords = KeywordExtractor.Default.Extract("بوتين يراسل الشرع", "أرسل الرئيس الروسي فلاديمير بوتين رسالة إلى الرئيس أحمد الشرع بشأن قاعدة حميميم.", 10);
        Assert.Contains(keywords, k => k is { Slug: "vladimir-putin", Kind: KeywordKind.Person });
        Assert.Contains(keywords, k => k.Slug == "hmeimim-air-base");
    }
}
