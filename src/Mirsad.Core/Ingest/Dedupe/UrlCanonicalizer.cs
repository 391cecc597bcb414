namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>
/// The canonical form of a story's address, so that the same story reached through a tracking link,
/// another capitalisation of the host or a fragment is recognised: scheme and host lower-cased,
/// default port, fragment and tracking parameters (utm_*, fbclid, gclid, ...) dropped. The path and
/// the other parameters are kept as they are: they may name the story.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "igsh", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "spm", "cmpid", "ocid",
        "ref", "ref_src", "ref_url", "src", "source", "share", "amp", "output", "s_cid", "ito", "at_medium", "at_campaign",
        "sharetype", "rss", "via", "xtor", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "wt_mc", "wt.mc_id",
    };

    /// <summary>The canonical form of <paramref name="url"/>, or the trimmed input when it is not an absolute http(s) address.</summary>
    public static string Canonicalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return url.Trim();
        }

        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .ToList();
        var builder = new UriBuilder(uri)
        {
            Scheme = uri.Scheme.ToLowerInvariant(),
            Host = uri.Host.ToLowerInvariant(),
            Port = uri.IsDefaultPort ? -1 : uri.Port,
            Fragment = string.Empty,
            Query = kept.Count == 0 ? string.Empty : string.Join('&', kept),
        };
        return builder.Uri.AbsoluteUri;
    }

    private static bool IsTracking(string name)
    {
        var decoded = Uri.UnescapeDataString(name);
        return decoded.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
            || decoded.StartsWith("pk_", StringComparison.OrdinalIgnoreCase)
            || decoded.StartsWith("mtm_", StringComparison.OrdinalIgnoreCase)
            || TrackingParameters.Contains(decoded);
    }
}
