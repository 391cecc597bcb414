namespace Mirsad.Tests.Support;

/// <summary>
/// The shared research corpora (../shared/data next to the repository). Tests may read them; Mirsad
/// itself never does. When they are absent (a clone elsewhere) the tests that need them are skipped.
/// </summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string? Find(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", relative));
        return File.Exists(path) ? path : null;
    }

    public static string Require(string relative)
    {
        var path = Find(relative);
        if (path is null)
        {
            Assert.Skip($"../shared/data/{relative} is not available here.");
        }

        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mirsad.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Mirsad.slnx) above " + AppContext.BaseDirectory);
    }
}
