using System.Text.Json;

namespace Mirsad.Cli;

/// <summary>Reads a JSON Lines file of <c>{id, text}</c> queries (id a string or a number); bad lines are reported and skipped.</summary>
internal static class QueryLines
{
    public static List<(string Id, string Text)> Read(string path, Action<string> report)
    {
        var queries = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var id = root.GetProperty("id");
                queries.Add((id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!, root.GetProperty("text").GetString() ?? string.Empty));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                report($"{path}:{lineNumber}: not a query line ({{\"id\", \"text\"}}): {e.Message}");
            }
        }

        return queries;
    }
}
