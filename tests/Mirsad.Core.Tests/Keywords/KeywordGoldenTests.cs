using System.Runtime.CompilerServices;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Keywords;

/// <summary>
/// The seed article's keywords as golden files, so that a change of algorithm shows as a reviewable
/// diff. To accept a change, run the tests with MIRSAD_UPDATE_GOLDEN=1 and review the files' diff.
/// </summary>
public sealed class KeywordGoldenTests
{
    private const string Title = "In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria";

    private static string SeedBody() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-body.txt"));

    private static string SourceTestData([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "TestData");

    private static void AssertGolden(string name, IEnumerable<ExtractedKeyword> keywords)
    {
        var actual = string.Join('\n', keywords.Select(k => $"{k.Name}\t{k.Kind.ToString().ToLowerInvariant()}\t{k.Slug}")) + "\n";
        var path = Path.Combine(SourceTestData(), name);
        if (Environment.GetEnvironmentVariable("MIRSAD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name)), actual);
    }

    [Fact]
    public void Extract_SeedArticle_MatchesGolden()
    {
        AssertGolden("seed-keywords.tsv", KeywordExtractor.Default.Extract(Title, SeedBody(), 15));
    }

    [Fact]
    public void Extract_NewsParagraph_MatchesGolden()
    {
        const string text = """
            Millions of gallons of crude oil that spilled when a tanker ran aground spread across a wildlife-rich stretch of ocean Saturday,
            and Alaska's chief environmental officer criticized cleanup efforts as too slow. The biggest oil spill in U.S. history created
            a slick about seven miles long. The Coast Guard said cleanup equipment was on its way; cleanup efforts will take weeks.
            """;
        AssertGolden("oil-spill-keywords.tsv", KeywordExtractor.Default.Extract("Workers try to unload tanker after oil spill", text, 10));
    }
}
