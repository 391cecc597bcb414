using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mirsad.Tests.Support;

/// <summary>
/// The built <c>mirsad</c> run as a real process (<c>dotnet exec mirsad.dll ...</c>), for what only
/// separate processes show: locks between them, kill -9. Output is drained as it comes, so a chatty
/// process never blocks on a full pipe.
/// </summary>
internal sealed class MirsadProcess : IDisposable
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "mirsad.dll");

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private MirsadProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Program, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Out => Read(_out);

    public string Error => Read(_error);

    public StreamWriter Input => _process.StandardInput;

    /// <summary>Starts <c>mirsad ARGS</c>; background work a test does not look at (keyword re-ranking) is off.</summary>
    public static MirsadProcess Start(params string[] args) => new(args, Quiet);

    public static MirsadProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(args, Quiet.Concat(environment).ToDictionary());

    /// <summary>Runs <c>mirsad ARGS</c> to the end.</summary>
    public static async Task<MirsadProcess> RunAsync(params string[] args)
    {
        var process = Start(args);
        await process.WaitAsync();
        return process;
    }

    /// <summary>Starts <c>mirsad --data DIR serve</c> on a free loopback port and waits until it answers.</summary>
    public static async Task<(MirsadProcess Process, HttpClient Client)> ServeAsync(string data)
    {
        var port = FreePort();
        var serve = Start(new Dictionary<string, string> { ["Mirsad__Site__LoadDemo"] = "false" }, "--data", data, "serve", "--urls", $"http://127.0.0.1:{port}");
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await Until(async () =>
        {
            Assert.False(serve.HasExited, $"serve exited with {(serve.HasExited ? serve.ExitCode : 0)}: {serve.Error}");
            try
            {
                return (await client.GetAsync(new Uri("/api/search?q=x", UriKind.Relative), TestContext.Current.CancellationToken)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "serve to answer");
        return (serve, client);
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the process to end (generously: the machine may be loaded).</summary>
    public async Task WaitAsync(TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"mirsad did not finish in time; it printed: {Out}\n{Error}");
        }

        _process.WaitForExit(); // the last lines of output
    }

    /// <summary>kill -9.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after a generous time.</summary>
    public static async Task Until(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static readonly Dictionary<string, string> Quiet = new() { ["Mirsad__Keywords__Refine"] = "false" };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
