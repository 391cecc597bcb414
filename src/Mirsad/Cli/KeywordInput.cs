using System.Text.Json;
using Mirsad.Core.Import;
using Mirsad.Core.Keywords;
using Mirsad.Core.Keywords.Refinement;
using Mirsad.Keywords.Embeddings;

namespace Mirsad.Cli;

/// <summary>
/// The JSON Lines files the keyword commands read: {id, title?, text, keyphrases?} a line. Bad lines
/// are kept with their error so the caller can report them as FILE:LINE: reason.
/// </summary>
internal static class KeywordInput
{
    public sealed record Line(int Number, string? Id, string? Title, string? Text, IReadOnlyList<string> Keyphrases, string? Error);

    /// <summary>The file's lines; null, with the reason written to <paramref name="error"/>, when it cannot be read.</summary>
    public static async Task<List<Line>?> ReadOrReportAsync(string path, TextWriter error)
    {
        try
        {
            return await ReadAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{path}: cannot read the file: {e.Message}");
            return null;
        }
    }

    private static async Task<List<Line>> ReadAsync(string path)
    {
        var lines = new List<Line>();
        await using var stream = File.OpenRead(path);
        using var reader = new BoundedLineReader(stream, ImportLimits.MaxLineBytes);
        while (reader.TryReadLine(out var text, out var overlong))
        {
            if (text is null)
            {
                lines.Add(new Line(reader.LineNumber, null, null, null, [], $"line is {overlong:N0} characters long"));
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(Parse(reader.LineNumber, text));
            }
        }

        return lines;
    }

    /// <summary>
    /// The keywords of every good line, at most <paramref name="top"/> each, extracted in parallel with
    /// document frequencies counted over the whole file (as an import batch would); null for bad lines.
    /// With <paramref name="refine"/>, each line's best candidates are then re-ranked by meaning, as the
    /// site does in the background.
    /// </summary>
    public static IReadOnlyList<ExtractedKeyword>?[] ExtractAll(List<Line> lines, KeywordExtractor extractor, int top, bool refine, CancellationToken cancellationToken)
    {
        var frequencies = new CountedDocumentFrequencies();
        foreach (var line in lines.Where(l => l.Error is null))
        {
            frequencies.Add(line.Title, line.Text);
        }

        var candidates = refine ? Math.Max(EmbeddingRanker.Pool, top) : top;
        var results = new IReadOnlyList<ExtractedKeyword>?[lines.Count];
        Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (lines[i].Error is null)
            {
                results[i] = extractor.Extract(lines[i].Title, lines[i].Text, candidates, frequencies);
            }
        });

        if (refine && results.Any(r => r is { Count: > 1 }))
        {
            // The site uses one thread in the background; the command line may use every core.
            using var embedder = new MiniLmEmbedder(Environment.ProcessorCount);
            var ranker = new EmbeddingRanker(embedder);
            for (var i = 0; i < lines.Count; i++)
            {
                if (results[i] is { } found)
                {
                    results[i] = [.. ranker.Rank(lines[i].Title, lines[i].Text, found, cancellationToken).Take(top)];
                }
            }
        }

        return results;
    }

    private static Line Parse(int number, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id))
            {
                return new Line(number, null, null, null, [], "missing \"id\"");
            }

            string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var keyphrases = root.TryGetProperty("keyphrases", out var k) && k.ValueKind == JsonValueKind.Array
                ? k.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            var idText = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
            return new Line(number, idText, Get("title") ?? Get("headline"), Get("text") ?? Get("body"), keyphrases, null);
        }
        catch (JsonException e)
        {
            return new Line(number, null, null, null, [], "invalid JSON: " + e.Message);
        }
    }
}
