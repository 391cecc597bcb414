using System.Text.Json;
using Mirsad.Tests.Support;

namespace Mirsad.Tests.Cli;

public sealed class KeywordsEditCommandTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Data => Path.Combine(_dir.Path, "data");

    private async Task ImportAsync()
    {
        var file = _dir.File("e.jsonl", string.Join('\n',
            """{"id": "e1", "title": "Putin writes to Sharaa", "text": "Vladimir Putin sent a message to Ahmad al-Sharaa in Damascus. Putin praised Sharaa.", "source": "syria-tv", "source_name": "Syria TV", "date": "2025-04-08"}""",
            """{"id": "e2", "title": "Talks in Moscow", "text": "Vladimir Putin met officials in Moscow about the Hmeimim base. Putin spoke.", "source": "sana", "source_name": "SANA", "date": "2025-03-02"}""",
            """{"id": "e3", "title": "The Tsar speaks", "text": "The Tsar of the Kremlin, as critics call him, spoke again about the Tsar's plans in the Kremlin.", "source": "sana", "source_name": "SANA", "date": "2025-03-05"}"""));
        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "import", file)).ExitCode);
    }

    private async Task<JsonElement> ShowAsync(string slug)
    {
        var result = await CliRunner.RunAsync("--data", Data, "keywords", "show", slug);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public async Task Rename_KeepsSlugAndOldNameAsAlias()
    {
        await ImportAsync();
        var result = await CliRunner.RunAsync("--data", Data, "keywords", "rename", "vladimir-putin", "Vladimir V. Putin");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 articles relabelled", result.Out, StringComparison.Ordinal);

        var shown = await ShowAsync("vladimir-putin");
        Assert.Equal("Vladimir V. Putin", shown.GetProperty("name").GetString());
        Assert.Contains("Vladimir Putin", shown.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        // Renaming again to the same name changes nothing: the stored articles already carry it.
        var again = await CliRunner.RunAsync("--data", Data, "keywords", "rename", "vladimir-putin", "Vladimir V. Putin");
        Assert.Contains("0 articles relabelled", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_MovesArticlesAndRedirects()
    {
        await ImportAsync();
        var tsar = (await CliRunner.RunAsync("--data", Data, "keywords", "pin", "e3", "The Tsar", "--kind", "Person")).Out;
        Assert.Contains("pin the-tsar: 1 articles relabelled", tsar, StringComparison.Ordinal);

        var result = await CliRunner.RunAsync("--data", Data, "keywords", "merge", "the-tsar", "vladimir-putin");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("merge vladimir-putin: 1 articles relabelled", result.Out, StringComparison.Ordinal);
        var putin = await ShowAsync("vladimir-putin");
        Assert.Equal(3, putin.GetProperty("articles").GetInt32());
        Assert.Contains("The Tsar", putin.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("vladimir-putin", (await ShowAsync("the-tsar")).GetProperty("merged_into").GetString());
    }

    [Fact]
    public async Task Block_TakesKeywordOffAndKeepsItOffOnRebuild()
    {
        await ImportAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "keywords", "block", "moscow")).ExitCode);
        Assert.Equal(0, (await ShowAsync("moscow")).GetProperty("articles").GetInt32());

        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "keywords", "rebuild")).ExitCode);
        Assert.Equal(0, (await ShowAsync("moscow")).GetProperty("articles").GetInt32());
        Assert.True((await ShowAsync("moscow")).GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public async Task Alias_LabelsArticlesThatUseIt()
    {
        await ImportAsync();
        var before = await ShowAsync("vladimir-putin");
        Assert.Equal(2, before.GetProperty("articles").GetInt32());

        var result = await CliRunner.RunAsync("--data", Data, "keywords", "alias", "vladimir-putin", "Tsar of the Kremlin");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, (await ShowAsync("vladimir-putin")).GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Split_MovesAliasToNewKeyword()
    {
        await ImportAsync();
        await CliRunner.RunAsync("--data", Data, "keywords", "alias", "vladimir-putin", "Tsar of the Kremlin");

        var result = await CliRunner.RunAsync("--data", Data, "keywords", "split", "vladimir-putin", "Kremlin Tsar", "--alias", "Tsar of the Kremlin");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, (await ShowAsync("kremlin-tsar")).GetProperty("articles").GetInt32());
        Assert.Equal(2, (await ShowAsync("vladimir-putin")).GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task ProfileAndUnknownKeyword_AreReported()
    {
        await ImportAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "keywords", "profile", "vladimir-putin", "President of Russia since 2012.")).ExitCode);
        Assert.Equal("President of Russia since 2012.", (await ShowAsync("vladimir-putin")).GetProperty("profile").GetString());

        var unknown = await CliRunner.RunAsync("--data", Data, "keywords", "rename", "nobody-at-all", "X");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No keyword 'nobody-at-all'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PinAndUnpin_ChangeOneArticle()
    {
        await ImportAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "keywords", "pin", "e2", "Russia")).ExitCode);
        Assert.Equal(1, (await ShowAsync("russia")).GetProperty("articles").GetInt32());

        // A pin survives choosing keywords again; unpinning takes it off.
        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "keywords", "rebuild")).ExitCode);
        Assert.Equal(1, (await ShowAsync("russia")).GetProperty("articles").GetInt32());
        Assert.Equal(0, (await CliRunner.RunAsync("--data", Data, "keywords", "unpin", "e2", "russia")).ExitCode);
        Assert.Equal(0, (await ShowAsync("russia")).GetProperty("articles").GetInt32());
    }
}
