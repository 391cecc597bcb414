namespace Mirsad.Core.Import;

/// <summary>Something to import: a name for the reports (FILE:LINE) and a way to open it, read forward only.</summary>
/// <param name="Name">How reports name it: the path as given, or "stdin".</param>
/// <param name="Open">Opens the bytes (plain or gzip JSON Lines).</param>
public sealed record ImportSource(string Name, Func<Stream> Open)
{
    /// <summary>A file by its path.</summary>
    public static ImportSource File(string path) => new(path, () => System.IO.File.OpenRead(path));
}
