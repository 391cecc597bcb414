using System.Diagnostics;
using Mirsad.Core.Import;
using Mirsad.Core.Search;
using Mirsad.Hosting;

namespace Mirsad.Cli;

/// <summary>A temporary data directory with Mirsad's services over it, for benchmarks; deleted on dispose.</summary>
internal sealed class BenchWorkspace : IAsyncDisposable
{
    private readonly string _directory;
    private readonly bool _keep;
    private readonly Action<IServiceCollection>? _configure;
    private ServiceProvider _services;

    /// <summary>
    /// A workspace in a new temporary directory, or in <paramref name="keep"/> (created if needed and left in
    /// place); <paramref name="services"/> may add to Mirsad's services (a <c>SearchRanking</c> to measure).
    /// </summary>
    public BenchWorkspace(string? keep = null, Action<IServiceCollection>? services = null)
    {
        _configure = services;
        _keep = keep is not null;
        _directory = keep is null ? Directory.CreateTempSubdirectory("mirsad-bench-").FullName : Directory.CreateDirectory(keep).FullName;
        _services = Build();
    }

    public string DataDirectory => _directory;

    public string IndexDirectory => new MirsadPaths(_directory).IndexPath;

    public ISearchIndex Index => _services.GetRequiredService<ISearchIndex>();

    public IServiceProvider Services => _services;

    /// <summary>Imports files through the normal import path; returns the articles imported and the seconds taken.</summary>
    public async Task<(long Imported, double Seconds)> ImportAsync(IReadOnlyList<string> files, TextWriter error, CancellationToken cancellationToken)
    {
        var importer = _services.GetRequiredService<ArticleImporter>();
        var clock = Stopwatch.StartNew();
        var progress = await importer.ImportAsync(files, issue => error.WriteLine(issue.ToString()), null, cancellationToken);
        return (progress.Imported, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Closes store and index and opens them again, as a freshly started server would.</summary>
    public async Task ReopenAsync()
    {
        await _services.DisposeAsync();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _services = Build();
        _ = Index.Count; // opens the index
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_keep)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection().AddLogging();
        _configure?.Invoke(services);
        return services.AddMirsad(new MirsadPaths(_directory)).BuildServiceProvider();
    }
}
