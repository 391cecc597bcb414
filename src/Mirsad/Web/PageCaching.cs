using System.Globalization;
using Mirsad.Core.Search;

namespace Mirsad.Web;

/// <summary>
/// Output caching of the pages and answers drawn from the index (search, article pages with their
/// related articles, /api/search, /api/suggest). Entries are keyed by the full query string and by
/// the store sequence the index has committed, so any article written, edited or deleted through the
/// archive (or picked up from another process) makes every older entry unreachable at once; they also
/// expire after <see cref="Seconds"/>. Signed-in users are never served from the cache.
/// </summary>
public sealed class PageCaching
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mirsad:Cache";

    /// <summary>The policy name pages and endpoints opt into.</summary>
    public const string Policy = "index";

    /// <summary>How long an entry lives at most; 0 turns the cache off.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 86_400)]
    public int Seconds { get; set; } = 60;

    /// <summary>Adds the output cache with the index policy, bound from <see cref="Section"/>.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PageCaching>() ?? new PageCaching();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 128L * 1024 * 1024;
            o.AddPolicy(Policy, b =>
            {
                if (options.Seconds == 0)
                {
                    b.NoCache();
                    return;
                }

                b.Expire(TimeSpan.FromSeconds(options.Seconds))
                    .SetVaryByQuery("*")
                    .VaryByValue(context => new KeyValuePair<string, string>(
                        "sequence",
                        context.RequestServices.GetRequiredService<ISearchIndex>().CommittedSequence.ToString(CultureInfo.InvariantCulture)));
            });
        });
    }
}
