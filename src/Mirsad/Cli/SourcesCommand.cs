using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mirsad.Core.Ingest.Http;
using Mirsad.Core.Sources;
using Mirsad.Demo;

namespace Mirsad.Cli;

/// <summary>
/// <c>mirsad sources add|list|starter|activate|deactivate|demo</c>: the registry of monitored
/// sources (name, homepage, language, leaning, feeds, poll interval, active flag, notes).
/// </summary>
internal static class SourcesCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(CliContext context) => new("sources", "The monitored sources and their feeds.")
    {
        Add(context),
        List(context),
        Starter(context),
        Switch(context, "activate", true),
        Switch(context, "deactivate", false),
        Demo(context),
    };

    private static Command Add(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "The outlet's name", Required = true };
        var feed = new Option<string[]>("--feed") { Description = "Feed URL: RSS, Atom, JSON Feed or news sitemap (repeatable)", Required = true, AllowMultipleArgumentsPerToken = false };
        var homepage = new Option<string?>("--homepage") { Description = "The outlet's home page" };
        var language = new Option<string?>("--language") { Description = "Main language: ar, en, ..." };
        var leaning = new Option<string?>("--leaning") { Description = "Leaning label shown beside the name (\"opposition website\")" };
        var country = new Option<string?>("--country") { Description = "Country the outlet is based in" };
        var interval = new Option<int?>("--interval") { Description = "Minutes between polls (default 30)" };
        var notes = new Option<string?>("--notes") { Description = "Notes for the operators" };
        var inactive = new Option<bool>("--inactive") { Description = "Register without polling it yet" };
        var command = new Command("add", "Add a source, or a feed to the source of that name.") { name, feed, homepage, language, leaning, country, interval, notes, inactive };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var registration = new SourceRegistration
            {
                Name = parse.GetValue(name)!,
                Feeds = parse.GetValue(feed) ?? [],
                Homepage = parse.GetValue(homepage),
                Language = parse.GetValue(language),
                Leaning = parse.GetValue(leaning),
                Country = parse.GetValue(country),
                PollMinutes = parse.GetValue(interval),
                Notes = parse.GetValue(notes),
                Active = !parse.GetValue(inactive),
            };
            var (slug, problems) = await services.GetRequiredService<SourceRegistrar>().RegisterAsync(registration, cancellationToken);
            if (slug is null)
            {
                foreach (var problem in problems)
                {
                    await context.Error.WriteLineAsync("mirsad sources add: " + problem);
                }

                return ExitCodes.Usage;
            }

            await context.Out.WriteLineAsync($"source {slug}: {registration.Name} with {registration.Feeds.Count} feed(s){(registration.Active ? string.Empty : " (inactive)")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line" };
        var command = new Command("list", "List sources with their feeds and health.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var source in await services.GetRequiredService<ISourceRegistry>().ListAsync(now, cancellationToken))
            {
                await context.Out.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(ToJson(source), Json) : ToLine(source));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Starter(CliContext context)
    {
        var command = new Command("starter", "Register the starter list of outlets a Syria desk follows (switched off until their feeds are confirmed).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var registrar = services.GetRequiredService<SourceRegistrar>();
            var list = StarterSources.Syria();
            foreach (var registration in list)
            {
                await registrar.RegisterAsync(registration, cancellationToken);
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{list.Count} starter sources registered (existing ones left as they were), all inactive: confirm a feed with `mirsad sources add --name NAME --feed URL` or `mirsad sources activate SLUG`."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Switch(CliContext context, string verb, bool active)
    {
        var slug = new Argument<string>("SLUG") { Description = "The source's slug (see `mirsad sources list`)" };
        var command = new Command(verb, active ? "Poll a source and all its feeds." : "Stop polling a source.") { slug };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var name = parse.GetValue(slug)!;
            if (!await services.GetRequiredService<ISourceRegistry>().SetActiveAsync(name, active, cancellationToken))
            {
                await context.Error.WriteLineAsync($"mirsad sources {verb}: no source '{name}'.");
                return ExitCodes.Usage;
            }

            await context.Out.WriteLineAsync($"source {name}: {(active ? "active" : "inactive")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Demo(CliContext context)
    {
        var baseUrl = new Option<string>("--base") { Description = "Address of the running `mirsad serve`", DefaultValueFactory = _ => ServeCommand.DefaultUrl };
        var command = new Command("demo", "Register demo sources whose feeds a running `mirsad serve` makes from the demo corpus.") { baseUrl };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = context.Services(parse);
            var count = await DemoSources.RegisterAsync(services.GetRequiredService<SourceRegistrar>(), parse.GetValue(baseUrl)!, cancellationToken);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{count} demo sources registered (named \"... (demo)\"); with `mirsad serve` running, `{PublicAddressGuard.AllowPrivateVariable}=true mirsad ingest --once` fills the desk (the demo feeds are on this machine, and the intake reaches only public addresses unless told otherwise)."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ToLine(MonitoredSource s)
    {
        var state = !s.Active ? "inactive" : s.Feeds.Any(f => f.Active) ? "active" : "no active feed";
        var health = s.Health.IsFailing ? $" FAILING: {s.Health.LastError}" : s.Health.IsQuiet ? " QUIET" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{s.Slug}\t{s.Outlet.LabelledName}\t{s.Outlet.Language ?? "-"}\t{state}\tfeeds={s.Feeds.Count}\titems_24h={s.Health.ItemsLastDay}{health}");
    }

    private static object ToJson(MonitoredSource s) => new
    {
        s.Slug,
        s.Outlet.Name,
        s.Outlet.Homepage,
        s.Outlet.Language,
        s.Outlet.Country,
        s.Outlet.Leaning,
        s.Active,
        PollMinutes = (int)s.PollInterval.TotalMinutes,
        s.Notes,
        Feeds = s.Feeds.Select(f => new { f.Url, f.Active, f.LastPolledAt, f.LastSuccessAt, f.LastError }),
        Health = new { s.Health.LastPolledAt, s.Health.LastSuccessAt, s.Health.LastError, s.Health.LastErrorAt, s.Health.ItemsLastDay, s.Health.UsualItemsPerDay, s.Health.IsQuiet },
    };
}
