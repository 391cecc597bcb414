using Mirsad.Core.Articles;

namespace Mirsad.Core.Workflow;

/// <summary>What a revision list shows: who saved which revision, when, why, and the state it left.</summary>
public sealed record RevisionSummary(int Number, DateTimeOffset At, string Actor, string? Note, ArticleStatus Status);
