using Mirsad.Core.Sources;

namespace Mirsad.Storage.Postgres;

/// <summary>The outlet columns of a sources row, as Dapper reads them.</summary>
internal class PgSourceRow
{
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Homepage { get; set; }

    public string? Language { get; set; }

    public string? Country { get; set; }

    public string? Leaning { get; set; }

    public SourceOutlet ToSource() => new(Slug, Name, Homepage, Language, Country, Leaning);
}
