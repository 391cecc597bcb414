namespace Mirsad.Core.Ingest.Http;

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>A 2xx answer with its body.</summary>
    Ok,

    /// <summary>304: nothing changed since the validators sent.</summary>
    NotModified,

    /// <summary>No usable answer; see the error.</summary>
    Failed,
}
