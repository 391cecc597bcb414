using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>How much an editor may put in each part of an article; input beyond is refused with a message.</summary>
public static class EditLimits
{
    /// <summary>Longest headline.</summary>
    public const int Headline = 300;

    /// <summary>Longest standfirst (with attribution).</summary>
    public const int Standfirst = 2_000;

    /// <summary>Longest section, credit line or link title.</summary>
    public const int ShortText = 300;

    /// <summary>Longest disclaimer.</summary>
    public const int Disclaimer = 2_000;

    /// <summary>Most keywords or links.</summary>
    public const int Items = 30;

    /// <summary>Longest link address.</summary>
    public const int Url = 2_000;

    /// <summary>Null when the edit fits; otherwise the first problem, in words.</summary>
    public static string? Check(ArticleEdit edit)
    {
        if (string.IsNullOrWhiteSpace(edit.Headline))
        {
            return "The headline cannot be empty.";
        }

        return Too(edit.Headline, Headline, "headline")
            ?? Too(edit.Standfirst, Standfirst, "standfirst")
            ?? Too(edit.Attribution, ShortText, "attribution")
            ?? (edit.Body.Sum(b => b.Text.Length) > BodyMarkdown.MaxLength ? $"The body is longer than {BodyMarkdown.MaxLength:N0} characters." : null)
            ?? Too(edit.Section, ShortText, "section")
            ?? Too(edit.Credit, ShortText, "credit")
            ?? Too(edit.Disclaimer, Disclaimer, "disclaimer")
            ?? (edit.Keywords.Count > Items ? $"An article has at most {Items} keywords." : null)
            ?? (edit.Keywords.Any(k => k.Name.Length > ShortText) ? "A keyword is too long." : null)
            ?? (edit.Links.Count > Items ? $"An article has at most {Items} links." : null)
            ?? CheckLinks(edit.Links)
            ?? (edit.Language is "en" or "ar" ? null : "The language is en or ar.");
    }

    private static string? CheckLinks(IReadOnlyList<ArticleLink> links)
    {
        foreach (var link in links)
        {
            if (link.Url.Length > Url || link.Title.Length > ShortText || (link.Summary?.Length ?? 0) > Standfirst)
            {
                return "A link is too long.";
            }

            if (!link.IsSafe)
            {
                return $"A link must be a site path (/article/...) or an http(s) address: \"{link.Url}\" is neither.";
            }
        }

        return null;
    }

    private static string? Too(string? text, int limit, string what) =>
        text is not null && text.Length > limit ? $"The {what} is longer than {limit:N0} characters." : null;
}
