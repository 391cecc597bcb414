using Mirsad.Core.Keywords.Evaluation;

namespace Mirsad.Core.Tests.Keywords.Evaluation;

public sealed class KeyphraseEvaluatorTests
{
    [Theory]
    [InlineData("Hurricane Gilbert", "hurrican gilbert")]
    [InlineData("  national  weather Service ", "nation weather servic")]
    [InlineData("U.S. elections", "u s elect")]
    [InlineData("hurricane-force winds", "hurrican forc wind")]
    public void Normalize_Phrase_IsLowercasedSplitAndStemmed(string phrase, string expected)
    {
        Assert.Equal(expected, KeyphraseEvaluator.Normalize(phrase));
    }

    [Fact]
    public void Score_HandCheckedDocument_GivesExpectedPrecisionRecallF1()
    {
        // Gold has 4 phrases. Of the 5 predictions, "hurricanes" matches "hurricane" after stemming and
        // "Weather Service" matches exactly; "storm" and "rain" and "damage" do not.
        var evaluator = new KeyphraseEvaluator();
        evaluator.Add(["hurricanes", "storm", "Weather Service", "rain", "damage"], ["hurricane", "weather service", "flooding", "jamaica"]);

        var at5 = evaluator.Score(5);
        Assert.Equal(2.0 / 5, at5.Precision, 10);
        Assert.Equal(2.0 / 4, at5.Recall, 10);
        Assert.Equal(2 * 0.4 * 0.5 / 0.9, at5.F1, 10);

        // At 2 only "hurricanes" and "storm" are compared.
        var at2 = evaluator.Score(2);
        Assert.Equal(0.5, at2.Precision, 10);
        Assert.Equal(0.25, at2.Recall, 10);
    }

    [Fact]
    public void Score_DuplicateStems_TakeOneSlot()
    {
        // "election" and "elections" are one stemmed phrase: the second is dropped, so "vote" moves up into the top 2.
        var evaluator = new KeyphraseEvaluator();
        evaluator.Add(["election", "elections", "vote"], ["elections", "vote", "vote"]);

        var at2 = evaluator.Score(2);
        Assert.Equal(1.0, at2.Precision, 10);
        Assert.Equal(1.0, at2.Recall, 10);
        Assert.Equal(1.0, at2.F1, 10);
    }

    [Fact]
    public void Score_TwoDocuments_AreMacroAveraged()
    {
        var evaluator = new KeyphraseEvaluator();
        evaluator.Add(["a b"], ["a b"]); // P=1 R=1 F=1
        evaluator.Add(["x"], ["y", "z"]); // P=0 R=0 F=0

        var score = evaluator.Score(10);
        Assert.Equal(2, evaluator.DocumentCount);
        Assert.Equal(0.5, score.Precision, 10);
        Assert.Equal(0.5, score.Recall, 10);
        Assert.Equal(0.5, score.F1, 10);
    }

    [Fact]
    public void Score_PartialPhrase_IsNotAMatch()
    {
        var evaluator = new KeyphraseEvaluator();
        evaluator.Add(["weather", "national weather service"], ["weather service"]);

        Assert.Equal(0.0, evaluator.Score(10).F1, 10);
    }

    [Fact]
    public void Score_NoPredictions_IsZeroNotAnError()
    {
        var evaluator = new KeyphraseEvaluator();
        evaluator.Add([], ["anything"]);

        var score = evaluator.Score(5);
        Assert.Equal(0.0, score.Precision, 10);
        Assert.Equal(0.0, score.F1, 10);
    }
}
