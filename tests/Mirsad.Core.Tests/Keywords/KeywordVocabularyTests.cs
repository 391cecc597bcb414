using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Keywords;

public sealed class KeywordVocabularyTests
{
    [Theory]
    [InlineData("Ahmad al-Sharaa")]
    [InlineData("Ahmed al-Sharaa")]
    [InlineData("Abu Mohammad al-Jolani")]
    [InlineData("AHMAD AL SHARAA")]
    [InlineData("Ahmad Al-Sharaa's")]
    [InlineData("أحمد الشرع")]
    [InlineData("احمد الشرع")]
    public void TryResolve_AliasesOfSharaa_ResolveToOneKeyword(string name)
    {
        Assert.True(KeywordVocabulary.Default.TryResolve(name, out var entry));
        Assert.Equal("Ahmad al-Sharaa", entry.Name);
        Assert.Equal(KeywordKind.Person, entry.Kind);
    }

    [Fact]
    public void TryResolve_LowercaseAcronymWord_DoesNotMatchAcronym()
    {
        Assert.False(KeywordVocabulary.Default.TryResolve("who", out _));
        Assert.True(KeywordVocabulary.Default.TryResolve("WHO", out var who));
        Assert.Equal("World Health Organization", who.Name);
    }

    [Fact]
    public void Parse_OperatorAdditions_ExtendTheDefault()
    {
        var vocabulary = KeywordVocabulary.Parse(new StringReader("person\tAbu Bakr Example\tAbu Example|أبو مثال\n"), KeywordVocabulary.Default);
        Assert.True(vocabulary.TryResolve("Abu Example", out var added));
        Assert.Equal("Abu Bakr Example", added.Name);
        Assert.True(vocabulary.TryResolve("Vladimir Putin", out _));
    }

    [Fact]
    public void Key_IgnoresCaseDiacriticsAndArticle()
    {
        Assert.Equal(KeywordNormalizer.Key("Erdoğan"), KeywordNormalizer.Key("erdogan"));
        Assert.Equal(KeywordNormalizer.Key("al-Assad"), KeywordNormalizer.Key("Assad"));
        Assert.Equal(KeywordNormalizer.Key("الأسد"), KeywordNormalizer.Key("اسد"));
    }
}
