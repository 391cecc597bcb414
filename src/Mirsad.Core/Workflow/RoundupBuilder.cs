using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;

namespace Mirsad.Core.Workflow;

/// <summary>
/// Makes a roundup ("What happened this week") from published stories: an introduction, then each
/// story's headline as a subheading and its attributed standfirst as the paragraph under it, with a
/// link to the story; its keywords are the ones the stories share most.
/// </summary>
public static class RoundupBuilder
{
    /// <summary>Most stories in one roundup.</summary>
    public const int MaxStories = 20;

    /// <summary>The section roundups are published in.</summary>
    public const string Section = "Roundups";

    /// <summary>A draft roundup of <paramref name="stories"/>, in the order given.</summary>
    /// <param name="headline">The roundup's headline.</param>
    /// <param name="introduction">The paragraph before the stories, when any.</param>
    /// <param name="stories">The published stories to gather.</param>
    /// <param name="linkTo">The site path of a story's page, from its slug.</param>
    public static Article Build(string headline, string? introduction, IReadOnlyList<Article> stories, Func<string, string> linkTo)
    {
        var body = new List<ArticleBlock>();
        if (!string.IsNullOrWhiteSpace(introduction))
        {
            body.AddRange(BodyMarkdown.Parse(introduction));
        }

        var links = new List<ArticleLink>();
        foreach (var story in stories.Take(MaxStories))
        {
            var summary = Attribution.Standfirst(story) ?? story.Body.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text ?? string.Empty;
            body.Add(ArticleBlock.Subheading(story.Headline));
            if (summary.Length > 0)
            {
                body.Add(ArticleBlock.Paragraph(summary));
            }

            links.Add(new ArticleLink(story.Headline, linkTo(story.Slug), summary.Length > 0 ? summary : null));
        }

        var keywords = stories.SelectMany(s => s.Keywords)
            .GroupBy(k => k.Slug, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(KeywordTagger.DefaultCount)
            .Select(g => g.First() with { Origin = KeywordOrigin.Editor })
            .ToList();

        return new Article
        {
            Id = string.Empty,
            Slug = string.Empty,
            Headline = headline.Trim(),
            Body = body,
            Section = Section,
            Kind = ArticleKind.Roundup,
            Links = links,
            Keywords = keywords,
            Status = ArticleStatus.Draft,
        };
    }
}
