using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Core.Tests.Keywords;

public sealed class KeywordTaggerTests
{
    private static Article Seed() => new()
    {
        Id = "seed",
        Slug = "seed",
        Headline = "In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria",
        Standfirst = "Putin’s message to President Sharaa underscores Russia’s intent to remain a central actor in Syria’s evolving political landscape, Syria TV writes.",
        Body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-body.txt"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(ArticleBlock.Paragraph)
            .ToList(),
        Source = new SourceOutlet("syria-tv", "Syria TV"),
    };

    [Fact]
    public void Tag_SeedArticle_GivesTheKeywordsAnEditorWouldPick()
    {
        var names = new KeywordTagger(KeywordExtractor.Default).Tag(Seed(), []).Keywords.Select(k => k.Name).ToList();

        // Its people, its states, and the bases it names; not its commonest noun, nor its own source.
        string[] expected = ["Vladimir Putin", "Ahmad al-Sharaa", "Dmitry Peskov", "Bashar al-Assad", "Russia", "Syria", "Hmeimim Air Base", "Tartus"];
        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.DoesNotContain("message", names);
        Assert.DoesNotContain("Syria TV", names);
        Assert.Equal(KeywordTagger.DefaultCount, names.Count);
    }

    [Fact]
    public void Tag_EditorAndImportKeywords_ComeFirstAndAreKept()
    {
        var article = Seed() with { Keywords = [new ArticleKeyword("reconstruction", "Reconstruction", KeywordKind.Topic, KeywordOrigin.Editor)] };
        var tagged = new KeywordTagger(KeywordExtractor.Default).Tag(article, [new ImportKeyword("Jolani", null)]).Keywords;

        Assert.Equal(("reconstruction", KeywordOrigin.Editor), (tagged[0].Slug, tagged[0].Origin));
        Assert.Equal(("ahmad-al-sharaa", KeywordOrigin.Import), (tagged[1].Slug, tagged[1].Origin)); // resolved through the vocabulary
        Assert.Single(tagged, k => k.Slug == "ahmad-al-sharaa");
    }

    [Fact]
    public void Tag_RulesBlockAndMerge_AreApplied()
    {
        var rules = KeywordRules.Build(
            KeywordVocabulary.Default,
            [
                new CuratedKeyword(new Keyword("dmitry-peskov", "Dmitry Peskov", KeywordKind.Person), Blocked: true),
                new CuratedKeyword(new Keyword("hmeimim-air-base", "Hmeimim Air Base", KeywordKind.Place), MergedInto: "russian-bases"),
                new CuratedKeyword(new Keyword("russian-bases", "Russian bases in Syria", KeywordKind.Place)),
            ]);
        var slugs = new KeywordTagger(KeywordExtractor.Default).Tag(Seed(), [], rules: rules).Keywords.Select(k => k.Slug).ToList();

        Assert.DoesNotContain("dmitry-peskov", slugs);
        Assert.DoesNotContain("hmeimim-air-base", slugs);
        Assert.Contains("russian-bases", slugs);
    }
}
