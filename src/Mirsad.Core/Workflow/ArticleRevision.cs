using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>One saved state of an article: who saved it, when, why, and the article as it then was.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Number">1 for the first save, then 2, 3, ...</param>
/// <param name="At">When it was saved.</param>
/// <param name="Actor">Who saved it.</param>
/// <param name="Note">What the save was ("saved", "publish now: ready → published", "restored revision 3").</param>
/// <param name="Article">The whole article as saved.</param>
public sealed record ArticleRevision(string ArticleId, int Number, DateTimeOffset At, string Actor, string? Note, Article Article);
