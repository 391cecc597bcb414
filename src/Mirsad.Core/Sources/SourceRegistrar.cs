using System.Globalization;
using Mirsad.Core.Text;

namespace Mirsad.Core.Sources;

/// <summary>Checks what an operator gives for a source and registers it; the CLI and the newsroom pages share it.</summary>
public sealed class SourceRegistrar(ISourceRegistry registry)
{
    /// <summary>Longest name, leaning label or country accepted.</summary>
    public const int MaxLabelLength = 120;

    /// <summary>Registers <paramref name="registration"/>; returns the source's slug, or the problems that stopped it.</summary>
    public async Task<(string? Slug, IReadOnlyList<string> Problems)> RegisterAsync(SourceRegistration registration, CancellationToken cancellationToken = default)
    {
        var problems = Check(registration);
        var slug = Slug.From(registration.Slug ?? registration.Name);
        if (slug.Length == 0 && problems.Count == 0)
        {
            problems.Add("the name gives no usable slug");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var outlet = new SourceOutlet(slug, registration.Name.Trim(), Trim(registration.Homepage), Trim(registration.Language)?.ToLowerInvariant(), Trim(registration.Country), Trim(registration.Leaning));
        await registry.RegisterAsync(outlet, registration with { Feeds = registration.Feeds.Select(f => f.Trim()).Distinct().ToList() }, cancellationToken);
        return (slug, []);
    }

    /// <summary>What is wrong with a registration (empty when nothing is).</summary>
    public static List<string> Check(SourceRegistration registration)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(registration.Name) || registration.Name.Trim().Length > MaxLabelLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--name must have 1 to {MaxLabelLength} characters"));
        }

        foreach (var feed in registration.Feeds)
        {
            if (!IsWebAddress(feed))
            {
                problems.Add($"--feed '{feed}' is not an absolute http or https address");
            }
            else if (new Uri(feed.Trim()).UserInfo.Length > 0)
            {
                problems.Add($"--feed '{feed}' carries a user name or password (user:pass@), which the intake never sends");
            }
        }

        if (registration.Homepage is { } homepage && !IsWebAddress(homepage))
        {
            problems.Add($"--homepage '{homepage}' is not an absolute http or https address");
        }

        if (registration.Language is { } language && !(language.Trim().Length is 2 or 3 && language.Trim().All(char.IsAsciiLetter)))
        {
            problems.Add($"--language '{language}' is not a language code such as ar or en");
        }

        if (registration.Leaning?.Length > MaxLabelLength || registration.Country?.Length > MaxLabelLength)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--leaning and --country have at most {MaxLabelLength} characters"));
        }

        if (registration.PollMinutes is { } minutes and (< 1 or > 10_080))
        {
            problems.Add("--interval must be between 1 and 10080 minutes");
        }

        return problems;
    }

    private static bool IsWebAddress(string value) =>
        value.Length <= 2_000 && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
