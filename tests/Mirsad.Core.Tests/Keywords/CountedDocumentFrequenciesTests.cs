using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Keywords;

public sealed class CountedDocumentFrequenciesTests
{
    private static Dictionary<string, int> Counts(string text) =>
        KeywordTokenizer.Tokenize(text, caseIsInformative: false).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void RelatedWords_FindsTheStoriesAboutTheSameThing()
    {
        var batch = new CountedDocumentFrequencies();
        batch.Add("Hurricane Gilbert nears Jamaica", "Hurricane Gilbert, packing winds of 175 mph, headed for Jamaica; forecasters warned of flooding.");
        batch.Add("Gilbert batters Jamaica", "Hurricane Gilbert battered Jamaica with torrential rain and flooding, forecasters said.");
        batch.Add("Census count disputed", "The census bureau defended its count of illegal aliens in the 1990 census.");
        batch.Add("Wheat prices fall", "Wheat futures fell on the Chicago board of trade as harvest estimates rose.");
        batch.Add("Eclipse darkens Indonesia", "A total eclipse of the sun darkened Indonesia and the southern Philippines.");

        var related = batch.RelatedWords(Counts("Hurricane Gilbert weakened after crossing Jamaica, forecasters said, but flooding continued."));

        Assert.True(related.Count > 0);
        Assert.InRange(related.Weight("gilbert"), 0.01, 1.0);
        Assert.True(related.Weight("gilbert") > related.Weight("wheat"));
        Assert.Equal(0, related.Weight("census"));
        Assert.Equal(5, batch.DocumentCount);
        Assert.Equal(2, batch.DocumentFrequency("jamaica"));
    }

    [Fact]
    public void RelatedWords_TheTextItselfOrNothingAlike_GivesNothing()
    {
        var batch = new CountedDocumentFrequencies();
        const string text = "Hurricane Gilbert battered Jamaica with torrential rain and flooding.";
        batch.Add("Gilbert", text);
        batch.Add("Wheat", "Wheat futures fell on the Chicago board of trade.");
        batch.Add("Census", "The census bureau defended its count.");

        Assert.Equal(0, batch.RelatedWords(Counts("Gilbert " + text)).Count); // itself is not a neighbour
        Assert.Equal(0, batch.RelatedWords(Counts("Parliament passed a budget for schools.")).Count);
    }
}
