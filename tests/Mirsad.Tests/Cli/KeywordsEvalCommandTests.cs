using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

public sealed class KeywordsEvalCommandTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Eval_GoldFile_PrintsScoresAtFiveAndTenAndTop()
    {
        var gold = _dir.File("gold.jsonl", string.Join('\n',
            """{"id": "g1", "title": "Putin writes to Sharaa", "text": "Vladimir Putin sent a message to Ahmad al-Sharaa in Damascus. Putin praised Sharaa.", "keyphrases": ["vladimir putin", "ahmad al-sharaa", "nothing like this"]}""",
            "not json"));
        var result = await CliRunner.RunAsync("keywords", "eval", gold, "--top", "3");

        Assert.Equal(1, result.ExitCode); // the broken line is reported, the rest scored
        Assert.Contains($"{gold}:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("documents=1 ", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.StartsWith("@3 P=", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("@5 P=", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("@10 P=", StringComparison.Ordinal));

        // Both people are among the top keywords: 2 of the 3 gold phrases are found.
        Assert.Contains(result.OutLines, l => l.StartsWith("@10 ", StringComparison.Ordinal) && l.Contains("R=0.6667", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_DucSample_ReachesItsFloor()
    {
        var duc = SharedData.Require("duc2001/duc2001.jsonl");
        var sample = _dir.File("duc.jsonl", string.Join('\n', File.ReadLines(duc).Take(60)));
        var result = await CliRunner.RunAsync("keywords", "eval", sample);
        Assert.Equal(0, result.ExitCode);
        var f1 = double.Parse(result.OutLines.Single(l => l.StartsWith("@10 ", StringComparison.Ordinal)).Split("F1=")[1], System.Globalization.CultureInfo.InvariantCulture);

        // A floor well under what the extractor reaches, so that a broken candidate stage fails loudly.
        Assert.InRange(f1, 0.2, 1.0);
    }
}
