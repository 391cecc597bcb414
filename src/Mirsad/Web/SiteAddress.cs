namespace Mirsad.Web;

/// <summary>Absolute addresses of the site's pages: the configured public address, else the request's.</summary>
public static class SiteAddress
{
    /// <summary>"https://host[:port]" with no trailing slash.</summary>
    public static string Origin(HttpRequest request, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(site);
        return string.IsNullOrWhiteSpace(site.BaseUrl) ? $"{request.Scheme}://{request.Host}" : site.BaseUrl.TrimEnd('/');
    }

    /// <summary>The absolute address of a site path ("/article/x").</summary>
    public static string Absolute(HttpRequest request, SiteOptions site, string path) => Origin(request, site) + path;
}
