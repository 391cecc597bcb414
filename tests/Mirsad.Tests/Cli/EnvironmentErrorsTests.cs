using Microsoft.Data.Sqlite;
using Mirsad.Cli;
using Mirsad.Hosting;

namespace Mirsad.Tests.Cli;

/// <summary>
/// What the machine refuses becomes one sentence naming the path, for each kind of refusal; the real
/// conditions (a full tmpfs, a read-only mount) are in OperatorErrorTests where the machine allows them.
/// </summary>
public sealed class EnvironmentErrorsTests
{
    private static readonly MirsadPaths Paths = new("/srv/mirsad");

    public static TheoryData<string, string> Refusals => new()
    {
        { "sqlite:13", "mirsad: the disk holding the store /srv/mirsad/mirsad.db is full; free some space and run the command again (what was written before is kept)." },
        { "sqlite:8", "mirsad: the store /srv/mirsad/mirsad.db cannot be written (a read-only file or data directory); give this user write access to /srv/mirsad, or only read it with `mirsad serve`." },
        { "sqlite:14", "mirsad: the store /srv/mirsad/mirsad.db cannot be opened (is /srv/mirsad readable and writable by this user?)." },
        { "sqlite:26", "mirsad: the store /srv/mirsad/mirsad.db is damaged or is not a Mirsad store; restore it from a backup (`mirsad restore`)." },
        { "io:28", "mirsad: the disk is full (No space left on device : '/srv/mirsad/index/_3.fdt'); free some space under /srv/mirsad and run the command again (what was written before is kept)." },
        { "io:30", "mirsad: /srv/mirsad is on a read-only file system (Read-only file system : '/srv/mirsad/index/write.lock'); commands that write need it writable (`mirsad serve` can serve it read-only)." },
        { "denied", "mirsad: permission denied (Access to the path '/srv/mirsad/keys' is denied); give this user write access to /srv/mirsad." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Describe_EachRefusal_IsOneSentenceNamingThePath(string kind, string expected)
    {
        Exception refusal = kind switch
        {
            "sqlite:13" => new SqliteException("SQLite Error 13: 'database or disk is full'.", 13),
            "sqlite:8" => new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8),
            "sqlite:14" => new SqliteException("SQLite Error 14: 'unable to open database file'.", 14),
            "sqlite:26" => new SqliteException("SQLite Error 26: 'file is not a database'.", 26),
            "io:28" => new IOException("No space left on device : '/srv/mirsad/index/_3.fdt'", 28),
            "io:30" => new IOException("Read-only file system : '/srv/mirsad/index/write.lock'", 30),
            _ => new UnauthorizedAccessException("Access to the path '/srv/mirsad/keys' is denied."),
        };

        // Wrapped as the layers above wrap it (an aggregate from parallel work, an inner exception).
        var wrapped = new AggregateException(new InvalidOperationException("while saving", refusal));

        Assert.Equal(expected, "mirsad: " + EnvironmentErrors.Describe(wrapped, Paths));
        Assert.DoesNotContain('\n', expected);
    }

    [Fact]
    public void Describe_ABug_IsNotTheEnvironment()
    {
        Assert.Null(EnvironmentErrors.Describe(new InvalidOperationException("Sequence contains no elements"), Paths));
        Assert.Null(EnvironmentErrors.Describe(new IOException("Broken pipe", 32), Paths));
        Assert.Null(EnvironmentErrors.Describe(new SqliteException("constraint", 19), Paths));
    }
}
