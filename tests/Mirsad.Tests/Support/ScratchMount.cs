using System.Diagnostics;

namespace Mirsad.Tests.Support;

/// <summary>
/// A real mount for a test that needs the operating system to refuse (a full disk, a read-only data
/// directory): chmod does not stop root, which CI runs as. Mounting needs root with CAP_SYS_ADMIN; where
/// that is missing, <see cref="TryTmpfs"/> and <see cref="TryReadOnlyBind"/> return null and the test
/// says so by skipping (the mapping of the same errors to sentences is tested without a mount).
/// </summary>
internal sealed class ScratchMount : IDisposable
{
    private ScratchMount(string path) => Path = path;

    public string Path { get; }

    /// <summary>A tmpfs of <paramref name="size"/> (e.g. "4m") at a new directory under <paramref name="parent"/>.</summary>
    public static ScratchMount? TryTmpfs(string parent, string size)
    {
        var path = Directory.CreateDirectory(System.IO.Path.Combine(parent, "tmpfs")).FullName;
        return Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) ? new ScratchMount(path) : null;
    }

    /// <summary><paramref name="source"/> seen read-only at a new directory under <paramref name="parent"/>.</summary>
    public static ScratchMount? TryReadOnlyBind(string source, string parent)
    {
        var path = Directory.CreateDirectory(System.IO.Path.Combine(parent, "read-only")).FullName;
        if (!Run("mount", "--bind", source, path))
        {
            return null;
        }

        var mount = new ScratchMount(path);
        if (!Run("mount", "-o", "remount,bind,ro", path))
        {
            mount.Dispose();
            return null;
        }

        return mount;
    }

    public static ScratchMount Require(ScratchMount? mount, string what)
    {
        if (mount is null)
        {
            Assert.Skip($"cannot mount {what} here (needs root with CAP_SYS_ADMIN); EnvironmentErrorsTests cover the messages");
        }

        return mount;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", "-l", Path);
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(30_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no mount program
        }
    }
}
