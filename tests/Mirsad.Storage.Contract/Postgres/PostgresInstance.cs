using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mirsad.Storage.Contract.Postgres;

/// <summary>
/// A real PostgreSQL server for tests, made with Debian's binaries in a temporary directory on a free
/// loopback port (initdb and pg_ctl, as the postgres user when the tests run as root): a primary, or a
/// streaming standby of one, which a test can kill and promote. Nothing is faked.
/// </summary>
public sealed class PostgresInstance : IAsyncDisposable
{
    private PostgresInstance(string directory, int port, string bin)
    {
        Directory = directory;
        Port = port;
        Bin = bin;
    }

    /// <summary>The cluster's data directory.</summary>
    public string Directory { get; }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>The folder of PostgreSQL's programs.</summary>
    public string Bin { get; }

    /// <summary>A superuser's connection string to <paramref name="database"/>.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = false, Timeout = 30 }.ConnectionString;

    /// <summary>The newest PostgreSQL installed (/usr/lib/postgresql/N/bin); a clear error when there is none.</summary>
    public static string FindBin()
    {
        var root = "/usr/lib/postgresql";
        var bin = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "The PostgreSQL tests need a server: set MIRSAD_TEST_POSTGRES to a superuser's connection string, or install Debian's postgresql (apt-get install postgresql) so they can start one.");
    }

    /// <summary>Makes and starts a new primary. <paramref name="settings"/> are added to postgresql.conf.</summary>
    public static async Task<PostgresInstance> StartPrimaryAsync(IReadOnlyDictionary<string, string>? settings = null, CancellationToken cancellationToken = default)
    {
        var bin = FindBin();
        var instance = new PostgresInstance(MakeDirectory(), FreePort(), bin);
        await instance.RunAsync("initdb", ["-D", instance.Directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], cancellationToken);
        var conf = new Dictionary<string, string>
        {
            ["listen_addresses"] = "'127.0.0.1'",
            ["fsync"] = "off",
            ["full_page_writes"] = "off",
            ["max_connections"] = "200",
            ["wal_level"] = "replica",
            ["max_wal_senders"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            conf[key] = value;
        }

        await File.AppendAllLinesAsync(Path.Combine(instance.Directory, "postgresql.conf"), conf.Select(kv => $"{kv.Key} = {kv.Value}"), cancellationToken);
        await File.AppendAllTextAsync(Path.Combine(instance.Directory, "pg_hba.conf"), "host replication all 127.0.0.1/32 trust\n", cancellationToken);
        await instance.StartAsync(cancellationToken);
        return instance;
    }

    /// <summary>Makes and starts a streaming standby of <paramref name="primary"/> (pg_basebackup -R) in a slot named <paramref name="name"/>.</summary>
    public static async Task<PostgresInstance> StartStandbyAsync(PostgresInstance primary, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(primary);
        var instance = new PostgresInstance(MakeDirectory(), FreePort(), primary.Bin);
        System.IO.Directory.Delete(instance.Directory);
        await instance.RunAsync("pg_basebackup", ["-h", "127.0.0.1", "-p", primary.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-D", instance.Directory, "-R", "-X", "stream", "-C", "-S", name, "--no-sync"], cancellationToken);
        await File.AppendAllTextAsync(Path.Combine(instance.Directory, "postgresql.conf"), $"port = {instance.Port}\nprimary_conninfo = 'host=127.0.0.1 port={primary.Port} user=postgres application_name={name}'\n", cancellationToken);
        await instance.StartAsync(cancellationToken);
        return instance;
    }

    /// <summary>Starts the server (again) and waits until it takes connections.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) =>
        RunAsync("pg_ctl", ["-D", Directory, "-l", Path.Combine(Directory, "server.log"), "-o", $"-p {Port} -k {Directory}", "-w", "-t", "120", "start"], cancellationToken);

    /// <summary>Stops the server at once, as a crash would (no checkpoint): pg_ctl stop -m immediate.</summary>
    public Task KillAsync(CancellationToken cancellationToken = default) =>
        RunAsync("pg_ctl", ["-D", Directory, "-m", "immediate", "-w", "stop"], cancellationToken);

    /// <summary>Promotes a standby to primary and waits until it is.</summary>
    public Task PromoteAsync(CancellationToken cancellationToken = default) =>
        RunAsync("pg_ctl", ["-D", Directory, "-w", "-t", "120", "promote"], cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(Directory, "postmaster.pid")))
            {
                await KillAsync();
            }
        }
        finally
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string MakeDirectory()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("mirsad-pg-").FullName;
        if (IsRoot)
        {
            Run("chown", ["postgres:postgres", directory]);
        }

        return directory;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
    }

    // PostgreSQL refuses to run as root: as root, run its programs as the postgres user.
    private async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Bin, program);
        var start = IsRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", path, .. arguments]) : new ProcessStartInfo(path, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(Directory, "server.log");
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}" + (File.Exists(log) ? "\n" + await File.ReadAllTextAsync(log, cancellationToken) : string.Empty));
        }
    }
}
