using System.Globalization;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

public sealed class BenchRelevanceCommandTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task BenchRelevance_TinyCollection_ScoresTheRun()
    {
        var docs = _dir.File("docs.jsonl", string.Join('\n',
            """{"id": "1", "title": "Wing flutter at high speed", "text": "Flutter of a swept wing was measured in the wind tunnel at high speed."}""",
            """{"id": "2", "title": "Heat transfer in boundary layers", "text": "Heat transfer through a laminar boundary layer on a flat plate."}""",
            """{"id": "3", "title": "Library catalogues", "text": "How libraries catalogue books and journals."}"""));
        var queries = _dir.File("queries.jsonl", """{"id": 1, "text": "wing flutter"}""" + "\n" + """{"id": 2, "text": "boundary layer heat transfer"}""");
        var qrels = _dir.File("qrels.tsv", "query_id\tdoc_id\trelevance\n1\t1\t1\n2\t2\t2\n");

        var result = await CliRunner.RunAsync("bench", "relevance", "--docs", docs, "--queries", queries, "--qrels", qrels);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("relevance docs=3 queries=2 map=1.0000 p10=0.1000 ndcg10=1.0000 recall100=1.0000", result.OutLines.Single());
    }

    [Fact]
    public async Task BenchScore_GivenRun_PrintsTheScores()
    {
        var qrels = _dir.File("qrels.tsv", "1 0 a 1\n1 0 b 1\n");
        var run = _dir.File("run.txt", "1 Q0 a 1 2.0 x\n1 Q0 c 2 1.0 x\n1 Q0 b 3 0.5 x\n");

        var result = await CliRunner.RunAsync("bench", "score", "--qrels", qrels, "--run", run);

        Assert.Equal(0, result.ExitCode);
        var map = (1 + (2 / 3.0)) / 2;
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"relevance queries=1 map={map:F4} p10=0.2000 ndcg10={(1 + 0.5) / (1 + (1 / Math.Log2(3))):F4} recall100=1.0000"), result.OutLines.Single());
    }
}
