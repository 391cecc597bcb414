using System.CommandLine;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>What every command needs: where to write, whether a person is watching, and the shared --data option.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TextReader Input, bool Interactive, Option<string?> DataOption)
{
    /// <summary>Settings laid over the environment's (tests use them; MIRSAD settings come from variables like Mirsad__Intake__PerHostDelay).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Standard input as bytes (<c>import -</c>; may be gzip).</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    public MirsadPaths Paths(ParseResult parse) => MirsadPaths.Resolve(parse.GetValue(DataOption));

    /// <summary>The environment's settings with <see cref="Settings"/> laid over them.</summary>
    public IConfiguration Configuration() => new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(Settings).Build();

    /// <summary>
    /// For commands that write articles: true when the data directory can be written; otherwise says why
    /// in one sentence (exit <see cref="ExitCodes.Environment"/>), before anything is read or written.
    /// </summary>
    public async Task<bool> CanWriteAsync(ParseResult parse, string verb)
    {
        var mode = ServingMode.Probe(Paths(parse), readOnlyAsked: false);
        if (!mode.IsReadOnly)
        {
            return true;
        }

        await Error.WriteLineAsync($"mirsad {verb}: {mode.ReadOnlyReason}; it needs a data directory it can write (`mirsad serve` can serve this one read-only).");
        return false;
    }

    /// <summary>A service provider over the data directory; the caller disposes it (closing store and index).</summary>
    public ServiceProvider Services(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddMirsad(Paths(parse), Configuration());
        services.AddSingleton<Newsroom.AccountService>();
        return services.BuildServiceProvider();
    }
}
