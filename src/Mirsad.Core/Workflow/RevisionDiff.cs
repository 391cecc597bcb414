using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>What changed between two saved versions of an article, part by part.</summary>
public static class RevisionDiff
{
    /// <summary>The parts that differ, in page order; empty when nothing does.</summary>
    public static IReadOnlyList<FieldChange> Compare(Article? before, Article after)
    {
        var parts = new (string Field, Func<Article, string?> Read)[]
        {
            ("Status", a => WorkflowRules.Name(a.Status)),
            ("Headline", a => a.Headline),
            ("Standfirst", a => a.Standfirst),
            ("Body", a => BodyMarkdown.Format(a.Body)),
            ("Section", a => a.Section),
            ("Keywords", a => string.Join(", ", a.Keywords.Select(k => k.Name))),
            ("Links", a => string.Join("\n", a.Links.Select(l => $"{l.Title} <{l.Url}>"))),
            ("Credit", a => a.Credit),
            ("Disclaimer", a => a.Disclaimer),
            ("Scheduled or published at", a => a.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)),
            ("Original", a => a.Original is null ? null : $"{a.Original.Headline}\n{a.Original.Text}"),
        };

        var changes = new List<FieldChange>();
        foreach (var (field, read) in parts)
        {
            var old = before is null ? null : read(before);
            var now = read(after);
            if (!string.Equals(old ?? string.Empty, now ?? string.Empty, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, TextDiff.Words(old, now)));
            }
        }

        return changes;
    }
}
