namespace Mirsad.Storage.Postgres;

/// <summary>Times as the store keeps them: UTC to the whole second (as the SQLite store), read back as DateTimeOffset.</summary>
internal static class PgTime
{
    public static DateTime? Write(DateTimeOffset? value) => value is { } v ? Write(v) : null;

    public static DateTime Write(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    public static DateTimeOffset? Read(DateTime? value) => value is { } v ? Read(v) : null;

    public static DateTimeOffset Read(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
