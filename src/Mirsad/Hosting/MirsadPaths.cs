namespace Mirsad.Hosting;

/// <summary>
/// Where Mirsad keeps its data: the directory given by --data, else $MIRSAD_DATA, else
/// $XDG_DATA_HOME/mirsad (~/.local/share/mirsad). The store is mirsad.db and the index index/ inside it.
/// </summary>
public sealed record MirsadPaths(string DataDirectory)
{
    /// <summary>The environment variable that names the data directory.</summary>
    public const string EnvironmentVariable = "MIRSAD_DATA";

    /// <summary>The configuration key that names the data directory (host and tests).</summary>
    public const string ConfigurationKey = "Mirsad:Data";

    /// <summary>The SQLite store.</summary>
    public string StorePath => Path.Combine(DataDirectory, "mirsad.db");

    /// <summary>The Lucene index directory.</summary>
    public string IndexPath => Path.Combine(DataDirectory, "index");

    /// <summary>The articles' meaning vectors beside the index (derived data, rebuilt when missing).</summary>
    public string VectorsPath => Path.Combine(DataDirectory, "vectors.db");

    /// <summary>An operator's additions to the keyword vocabulary (same shape as the shipped one).</summary>
    public string VocabularyPath => Path.Combine(DataDirectory, "vocabulary.tsv");

    /// <summary>True when no store exists there yet.</summary>
    public bool IsFresh => !File.Exists(StorePath);

    /// <summary>Resolves the data directory from an explicit value, the environment, or the default.</summary>
    public static MirsadPaths Resolve(string? explicitDirectory)
    {
        var directory = explicitDirectory;
        if (string.IsNullOrWhiteSpace(directory))
        {
            directory = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            directory = DefaultDirectory();
        }

        return new MirsadPaths(Path.GetFullPath(directory));
    }

    /// <summary>The default data directory when nothing names one.</summary>
    public static string DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "mirsad");
    }
}
