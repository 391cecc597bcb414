using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>What the editor form sends: the parts of an article a person writes.</summary>
/// <param name="Headline">The headline.</param>
/// <param name="Standfirst">The standfirst without its attribution.</param>
/// <param name="Attribution">The attribution that ends the standfirst ("Syria TV writes.").</param>
/// <param name="Body">The body blocks.</param>
/// <param name="Language">The language of the text ("en").</param>
/// <param name="Section">The section, when any.</param>
/// <param name="Keywords">The helpful keywords, best first.</param>
/// <param name="Links">Related links.</param>
/// <param name="Credit">The translation credit.</param>
/// <param name="Disclaimer">The disclaimer.</param>
/// <param name="BasedOnRevision">The revision the writer started from, to catch two people saving over each other.</param>
public sealed record ArticleEdit(
    string Headline,
    string? Standfirst,
    string? Attribution,
    IReadOnlyList<ArticleBlock> Body,
    string Language,
    string? Section,
    IReadOnlyList<ArticleKeyword> Keywords,
    IReadOnlyList<ArticleLink> Links,
    string? Credit,
    string? Disclaimer,
    int BasedOnRevision);
