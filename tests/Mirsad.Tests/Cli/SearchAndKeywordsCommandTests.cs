using System.Text.Json;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

public sealed class SearchAndKeywordsCommandTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Data => Path.Combine(_dir.Path, "data");

    private async Task ImportSampleAsync()
    {
        var file = _dir.File("s.jsonl", string.Join('\n',
            """{"id": "d1", "title": "Chemical attack in Idlib", "text": "A chemical attack hit Khan Shaykhun in Idlib province.", "source": "reuters", "source_name": "Reuters", "date": "2017-04-04"}""",
            """{"id": "d2", "title": "Putin writes to Sharaa", "text": "Vladimir Putin sent a message to Ahmad al-Sharaa in Damascus.", "source": "syria-tv", "source_name": "Syria TV", "date": "2025-04-08"}""",
            """{"id": "d3", "title": "Aleppo shelling", "text": "Shelling of Aleppo killed civilians.", "source": "sana", "source_name": "SANA", "date": "2016-10-06"}"""));
        var result = await CliRunner.RunAsync("--data", Data, "import", file);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Search_FreshDataDirectory_IsEmptyWithoutDemo()
    {
        var result = await CliRunner.RunAsync("--data", Data, "search", "syria", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"total\":0", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_HasTheApiShape()
    {
        await ImportSampleAsync();
        var result = await CliRunner.RunAsync("--data", Data, "search", "idlib", "--json");
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("total").GetInt32());
        var hit = doc.RootElement.GetProperty("hits")[0];
        Assert.Equal("d1", hit.GetProperty("id").GetString());
        Assert.StartsWith("/article/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("Chemical attack in Idlib", hit.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Search_Text_ListsHeadlinesWithSourceAndId()
    {
        await ImportSampleAsync();
        var result = await CliRunner.RunAsync("--data", Data, "search", "putin");
        Assert.Contains("1 results", result.Out, StringComparison.Ordinal);
        Assert.Contains("Putin writes to Sharaa (Syria TV, 2025-04-08) [d2]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TrecBatch_PrintsRunLinesWithImportedIds()
    {
        await ImportSampleAsync();
        var queries = _dir.File("q.jsonl", """{"id": "q1", "text": "chemical attack"}""" + "\n" + """{"id": 2, "text": "aleppo civilians"}""" + "\nnot json\n");
        var result = await CliRunner.RunAsync("--data", Data, "search", "--queries", queries, "--top", "100", "--format", "trec");
        Assert.Equal(1, result.ExitCode); // the broken line is reported, the rest answered
        Assert.Contains($"{queries}:3:", result.Error, StringComparison.Ordinal);
        var first = result.OutLines[0].Split(' ');
        Assert.Equal(["q1", "Q0", "d1", "1"], first[..4]);
        Assert.Equal("mirsad", first[5]);
        Assert.Contains(result.OutLines, l => l.StartsWith("2 Q0 d3 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_NeitherQueryNorFile_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("--data", Data, "search");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task KeywordsExtract_PrintsOneJsonLinePerInput()
    {
        var file = _dir.File("k.jsonl", string.Join('\n',
            """{"id": "k1", "title": "In Message to Sharaa, Putin Calls for Enhanced Cooperation with Syria", "text": "Russian President Vladimir Putin has sent a formal message to Syrian President Ahmad al-Sharaa. Putin expressed support for Sharaa."}""",
            """{"id": 7, "text": "Turkish President Recep Tayyip Erdogan met officials in Ankara."}"""));
        var result = await CliRunner.RunAsync("keywords", "extract", file, "--top", "5");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
        using var first = JsonDocument.Parse(result.OutLines[0]);
        Assert.Equal("k1", first.RootElement.GetProperty("id").GetString());
        var keywords = first.RootElement.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("Vladimir Putin", keywords);
        Assert.Contains("Ahmad al-Sharaa", keywords);
        Assert.True(keywords.Count <= 5);
        using var second = JsonDocument.Parse(result.OutLines[1]);
        Assert.Equal("7", second.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("embeddings")]
    [InlineData("none")]
    public async Task KeywordsExtract_EitherRefinement_KeepsThePeopleWithinTop(string refine)
    {
        var file = _dir.File("r.jsonl", """{"id": "r1", "title": "Putin writes to Sharaa", "text": "Russian President Vladimir Putin has sent a formal message to Syrian President Ahmad al-Sharaa about the oil spill off Baniyas. Putin expressed support for Sharaa. The oil spill reached the coast near Baniyas and Tartus."}""");
        var result = await CliRunner.RunAsync("keywords", "extract", file, "--top", "4", "--refine", refine);
        Assert.Equal(0, result.ExitCode);
        using var line = JsonDocument.Parse(Assert.Single(result.OutLines));
        var keywords = line.RootElement.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.InRange(keywords.Count, 2, 4);
        Assert.Contains("Vladimir Putin", keywords);
        Assert.Equal(keywords.Count, keywords.Distinct().Count());
    }

    [Fact]
    public async Task KeywordsExtract_UnknownRefinement_IsAUsageError()
    {
        var file = _dir.File("u.jsonl", """{"id": "u1", "text": "Putin met Sharaa."}""");
        var result = await CliRunner.RunAsync("keywords", "extract", file, "--refine", "magic");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.OutLines);
    }

    [Fact]
    public async Task KeywordsRebuild_And_Reindex_KeepTheArchiveSearchable()
    {
        await ImportSampleAsync();
        var rebuild = await CliRunner.RunAsync("--data", Data, "keywords", "rebuild");
        Assert.Equal(0, rebuild.ExitCode);
        var reindex = await CliRunner.RunAsync("--data", Data, "reindex");
        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("documents=3", reindex.Out, StringComparison.Ordinal);
        var search = await CliRunner.RunAsync("--data", Data, "search", "aleppo", "--json");
        Assert.Contains("\"total\":1", search.Out, StringComparison.Ordinal);
    }
}
