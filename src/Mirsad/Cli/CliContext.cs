using System.CommandLine;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>What every command needs: where to write, whether a person is watching, and the shared --data option.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TextReader Input, bool Interactive, Option<string?> DataOption)
{
    /// <summary>Settings laid over the environment's (tests use them; MIRSAD settings come from variables like Mirsad__Intake__PerHostDelay).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public MirsadPaths Paths(ParseResult parse) => MirsadPaths.Resolve(parse.GetValue(DataOption));

    /// <summary>A service provider over the data directory; the caller disposes it (closing store and index).</summary>
    public ServiceProvider Services(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(Settings).Build();
        services.AddMirsad(Paths(parse), configuration);
        services.AddSingleton<Newsroom.AccountService>();
        return services.BuildServiceProvider();
    }
}
