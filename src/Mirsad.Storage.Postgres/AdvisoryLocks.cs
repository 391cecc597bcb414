namespace Mirsad.Storage.Postgres;

/// <summary>The advisory lock keys Mirsad takes in its database (one key space: pg_advisory_lock(bigint)).</summary>
internal static class AdvisoryLocks
{
    /// <summary>Held by a node migrating the schema.</summary>
    public const long Migration = 0x4D69_7273_6164_0001; // "Mirsad" + 1

    /// <summary>The first key of the singleton jobs (intake polling, scheduled publishing, ...): each job adds its own offset.</summary>
    public const long SingletonBase = 0x4D69_7273_6164_1000;
}
