using Mirsad.Core.Keywords.Grammar;

namespace Mirsad.Core.Tests.Keywords.Grammar;

public sealed class PorterStemmerTests
{
    // Examples from Porter (1980) and the reference implementation's word list.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    [InlineData("elections", "elect")]
    [InlineData("hurricanes", "hurrican")]
    [InlineData("as", "as")]
    public void Stem_ReferenceWords_GiveReferenceStems(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }
}
