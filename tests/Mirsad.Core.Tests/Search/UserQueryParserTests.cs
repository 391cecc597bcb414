using Mirsad.Core.Search;

namespace Mirsad.Core.Tests.Search;

public sealed class UserQueryParserTests
{
    [Fact]
    public void Parse_Words_EachIsAGroup()
    {
        var q = UserQueryParser.Parse("putin sharaa");
        Assert.Equal(["putin", "sharaa"], q.Groups.Select(g => g.Alternatives.Single().Text));
        Assert.Empty(q.Excluded);
        Assert.Null(q.Message);
    }

    [Fact]
    public void Parse_QuotedPhrase_IsOnePhraseTerm()
    {
        var q = UserQueryParser.Parse("\"chemical attack\" idlib");
        Assert.Equal(2, q.Groups.Count);
        Assert.True(q.Groups[0].Alternatives[0].IsPhrase);
        Assert.Equal("chemical attack", q.Groups[0].Alternatives[0].Text);
    }

    [Fact]
    public void Parse_Or_JoinsAlternativesInOneGroup()
    {
        var q = UserQueryParser.Parse("assad OR sharaa damascus");
        Assert.Equal(2, q.Groups.Count);
        Assert.Equal(["assad", "sharaa"], q.Groups[0].Alternatives.Select(a => a.Text));
    }

    [Fact]
    public void Parse_MinusPrefix_Excludes()
    {
        var q = UserQueryParser.Parse("aleppo -russia -\"air strike\"");
        Assert.Single(q.Groups);
        Assert.Equal(["russia", "air strike"], q.Excluded.Select(e => e.Text));
    }

    [Fact]
    public void Parse_PlusPrefix_Requires()
    {
        var q = UserQueryParser.Parse("+idlib attack");
        Assert.True(q.Groups[0].Required);
        Assert.False(q.Groups[1].Required);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("((( title:foo AND bar~ ^2 [x TO y]")]
    [InlineData("OR OR OR")]
    [InlineData("- - -")]
    [InlineData("*")]
    [InlineData("\\\"\\")]
    public void Parse_MalformedInput_NeverThrows(string input)
    {
        var q = UserQueryParser.Parse(input);
        Assert.NotNull(q);
        Assert.All(q.PositiveTerms, t => Assert.False(string.IsNullOrWhiteSpace(t.Text)));
    }

    [Fact]
    public void Parse_UnbalancedQuote_ReadsPhraseToEndWithMessage()
    {
        var q = UserQueryParser.Parse("\"nerve agent");
        Assert.Equal("nerve agent", q.Groups.Single().Alternatives.Single().Text);
        Assert.Contains("closing quote", q.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyExclusions_SaysSo()
    {
        var q = UserQueryParser.Parse("-russia");
        Assert.Empty(q.Groups);
        Assert.Single(q.Excluded);
        Assert.NotNull(q.Message);
    }

    [Fact]
    public void Parse_HugeQuery_IsCutWithMessage()
    {
        var q = UserQueryParser.Parse(string.Join(' ', Enumerable.Repeat("word", 2000)));
        Assert.Equal(UserQueryParser.MaxGroups, q.Groups.Count);
        Assert.NotNull(q.Message);
    }

    [Fact]
    public void Parse_Blank_IsEmpty()
    {
        Assert.True(UserQueryParser.Parse("   ").IsEmpty);
        Assert.True(UserQueryParser.Parse(null).IsEmpty);
    }

    [Fact]
    public void Parse_ArabicWords_AreKept()
    {
        var q = UserQueryParser.Parse("أحمد الشرع");
        Assert.Equal(["أحمد", "الشرع"], q.Groups.Select(g => g.Alternatives[0].Text));
    }
}
