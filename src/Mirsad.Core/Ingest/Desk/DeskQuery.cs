namespace Mirsad.Core.Ingest.Desk;

/// <summary>A page of the monitoring desk: filters (all optional) and paging.</summary>
public sealed record DeskQuery
{
    /// <summary>Most items on one page.</summary>
    public const int MaxPageSize = 1_000;

    /// <summary>Only this source (slug).</summary>
    public string? Source { get; init; }

    /// <summary>Only this language (ISO 639-1).</summary>
    public string? Language { get; init; }

    /// <summary>Only sources whose leaning label contains this text.</summary>
    public string? Leaning { get; init; }

    /// <summary>Only items with this keyword (slug).</summary>
    public string? Keyword { get; init; }

    /// <summary>Leave out items marked as duplicates.</summary>
    public bool HideDuplicates { get; init; }

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page.</summary>
    public int PageSize { get; init; } = 50;
}
