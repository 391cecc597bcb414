using System.Reflection;
using System.Text.Json;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;
using Mirsad.Core.Sources;

namespace Mirsad.Demo;

/// <summary>
/// The demo corpus shipped inside the program (data/demo: FA-KES articles, their outlets with leaning
/// labels, and the model article), loaded by <c>mirsad serve</c> into a data directory with no articles.
/// </summary>
public sealed class DemoCorpus(ArticleImporter importer, IArticleStore articles, ISourceStore sources, ILogger<DemoCorpus> logger)
{
    private static readonly string[] ArticleFiles = ["seed.jsonl", "fakes.jsonl"];

    /// <summary>Loads the demo when the store holds no article and no source; returns the number of articles imported.</summary>
    public async Task<long> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await articles.CurrentSequenceAsync(cancellationToken) > 0 || (await sources.ListAsync(cancellationToken)).Count > 0)
        {
            return 0;
        }

        logger.LogInformation("Empty data directory: loading the demo corpus (FA-KES, CC BY 4.0, and the model article)");
        await foreach (var source in Sources(cancellationToken))
        {
            await sources.UpsertAsync(source, cancellationToken);
        }

        long imported = 0;
        foreach (var file in ArticleFiles)
        {
            await using var stream = Open(file);
            var result = await importer.ImportAsync("demo/" + file, stream, issue => logger.LogWarning("{Issue}", issue.ToString()), cancellationToken);
            imported += result.Imported;
        }

        logger.LogInformation("Demo corpus loaded: {Count} articles", imported);
        return imported;
    }

    internal static async IAsyncEnumerable<SourceOutlet> Sources([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = Open("sources.jsonl");
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonSerializer.Deserialize<SourceOutlet>(line, JsonSerializerOptions.Web)!;
            }
        }
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Mirsad.Demo." + name)
        ?? throw new InvalidOperationException($"The demo file {name} is missing from the program.");
}
