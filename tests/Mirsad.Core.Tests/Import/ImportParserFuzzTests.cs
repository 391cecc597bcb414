using System.Text;
using CsCheck;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Tests.Import;

/// <summary>
/// The parser under generated damage: whatever a line holds, it becomes an article or a rejection with
/// a reason, never another exception (which would abort the import around it).
/// </summary>
public sealed class ImportParserFuzzTests
{
    private static readonly UTF8Encoding Reader = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly KeywordTagger Tagger = new(KeywordExtractor.Default);

    [Fact]
    public void Parse_DamagedLines_RejectOrImportNeverThrowOtherwise()
    {
        ImportLines.Bad("bad-1").Sample(line =>
        {
            var text = Reader.GetString(line.Bytes);
            try
            {
                var record = ImportRecordParser.Parse(text);
                Assert.False(line.MustReject, $"accepted a line that must be rejected: {line}");
                Tagger.Tag(record.Article, record.Keywords);
            }
            catch (ImportRejectedException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                Assert.DoesNotContain("   at ", e.Message, StringComparison.Ordinal);
            }
        }, iter: 3_000, threads: 1);
    }

    [Fact]
    public void Parse_GoodLines_AreAllImported()
    {
        ImportLines.Good("good-1").Sample(record =>
        {
            var parsed = ImportRecordParser.Parse(Reader.GetString(ImportLines.Bytes(record)));
            Assert.Equal("good-1", parsed.Article.Id);
        }, iter: 500, threads: 1);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("text")]
    [InlineData("standfirst")]
    [InlineData("source")]
    [InlineData("section")]
    [InlineData("url")]
    [InlineData("date")]
    [InlineData("language")]
    [InlineData("credit")]
    [InlineData("status")]
    [InlineData("slug")]
    public void Parse_LoneSurrogateEscape_IsRejectedNamingTheField(string field)
    {
        var line = $$"""{"id":"s1","title":"A title","text":"Some text.","{{field}}":"before \ud800 after"}""";
        var rejected = Assert.Throws<ImportRejectedException>(() => ImportRecordParser.Parse(line));
        Assert.Equal($"\"{field}\" holds a \\u escape of half a character (a lone UTF-16 surrogate such as \\ud800), which is not text", rejected.Message);
    }

    [Fact]
    public void Parse_LoneSurrogateInNestedFields_IsRejected()
    {
        string[] lines =
        [
            """{"id":"\udc00","title":"t","text":"x"}""",
            """{"id":"n1","title":"t","text":"x","keywords":["ok","\ud800"]}""",
            """{"id":"n2","title":"t","text":"x","blocks":["\ud800"]}""",
            """{"id":"n3","title":"t","text":"x","blocks":[{"type":"paragraph","text":"\ud800"}]}""",
            """{"id":"n4","title":"t","text":"x","original":{"text":"\ud800"}}""",
            """{"id":"n5","title":"t","text":"x","source":{"name":"\ud800"}}""",
            """{"id":"n6","title":"t","text":"x","keywords":[{"name":"\ud800"}]}""",
        ];
        foreach (var line in lines)
        {
            Assert.Throws<ImportRejectedException>(() => ImportRecordParser.Parse(line));
        }
    }
}
