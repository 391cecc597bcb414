using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mirsad.Core.Ingest;
using Mirsad.Core.Ingest.Desk;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad desk [--json]</c>: the monitored items, newest first. JSON lines carry
/// {id, source, url, title, language, published, duplicate_of} and a few more fields.
/// </summary>
internal static class DeskCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line" };
        var top = new Option<int>("--top") { Description = "Most items shown", DefaultValueFactory = _ => 500 };
        var source = new Option<string?>("--source") { Description = "Only this source (slug)" };
        var language = new Option<string?>("--language") { Description = "Only this language (ar, en, ...)" };
        var keyword = new Option<string?>("--keyword") { Description = "Only items with this keyword (slug)" };
        var command = new Command("desk", "The monitored items, newest first.") { json, top, source, language, keyword };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var query = new DeskQuery
            {
                Source = parse.GetValue(source),
                Language = parse.GetValue(language),
                Keyword = parse.GetValue(keyword),
                PageSize = Math.Clamp(parse.GetValue(top), 1, DeskQuery.MaxPageSize),
            };
            var page = await services.GetRequiredService<IMonitoredItemStore>().ListAsync(query, cancellationToken);
            foreach (var item in page.Items)
            {
                await context.Out.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(ToJson(item), Json) : ToLine(item));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static object ToJson(MonitoredItem item) => new
    {
        item.Id,
        Source = item.SourceName,
        SourceSlug = item.SourceSlug,
        item.Url,
        item.Title,
        item.Language,
        Published = item.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        item.DuplicateOf,
        item.DuplicateReason,
        Status = item.Status.ToString().ToLowerInvariant(),
        item.StoryId,
        item.CanonicalUrl,
        item.Leaning,
    };

    private static string ToLine(MonitoredItem item)
    {
        var when = (item.PublishedAt ?? item.DiscoveredAt).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var flags = item.DuplicateOf is { } d ? string.Create(CultureInfo.InvariantCulture, $" [duplicate of {d}: {item.DuplicateReason}]") : string.Empty;
        if (item.Status != ItemStatus.Ready)
        {
            flags += $" [{item.Status.ToString().ToLowerInvariant()}]";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{item.Id,6}  {when}  {item.SourceName} ({item.Language ?? "?"})  {item.Title}{flags}\n        {item.Url}");
    }
}
