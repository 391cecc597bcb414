using Mirsad.Core.Accounts;
using Mirsad.Core.Articles;
using Mirsad.Core.Text;

namespace Mirsad.Core.Workflow;

/// <summary>
/// The newsroom's use cases on articles: create a draft, save an edit, move it through the workflow,
/// restore a revision, publish what is due. Every change goes through the archive (store and search
/// index in step, so publishing shows at once and unpublishing hides at once), keeps a revision, and
/// every state change is written to the audit log. Who may do what is asked of <see cref="WorkflowRules"/>.
/// </summary>
public sealed class EditorialDesk(ArticleArchive archive, IRevisionStore revisions, IAuditLog audit, TimeProvider time)
{
    private static readonly ArticleStatus[] PublicStates = [ArticleStatus.Published, ArticleStatus.Unpublished];

    /// <summary>Raised when an article is scheduled or leaves the schedule, so the publisher can look again.</summary>
    public event EventHandler? ScheduleChanged;

    /// <summary>Saves a new draft (an id is made when it has none) as its first revision.</summary>
    public async Task<DeskResult> CreateAsync(Article draft, EditorialActor actor, CancellationToken cancellationToken = default)
    {
        var id = string.IsNullOrWhiteSpace(draft.Id) ? NewId() : draft.Id;
        if (await archive.Store.GetAsync(id, cancellationToken) is not null)
        {
            return new DeskResult(null, 0, $"There is already an article with id \"{id}\".");
        }

        var article = draft with { Id = id, Slug = string.IsNullOrWhiteSpace(draft.Slug) ? id : draft.Slug, Status = ArticleStatus.Draft };
        var result = await CommitAsync(article, actor, "created", cancellationToken);
        await AuditAsync(actor, "article.create", id, article.Headline, cancellationToken);
        return result;
    }

    /// <summary>Saves what the editor form sent, when the actor may change the article in its state.</summary>
    public async Task<DeskResult> SaveAsync(string id, ArticleEdit edit, EditorialActor actor, CancellationToken cancellationToken = default)
    {
        var (current, revision, error) = await OpenAsync(id, edit.BasedOnRevision, cancellationToken);
        if (current is null || error is not null)
        {
            return new DeskResult(current, revision, error);
        }

        error = (WorkflowRules.CanEdit(current.Status, actor.Role) ? null : CannotEdit(current.Status, actor.Role)) ?? EditLimits.Check(edit);
        if (error is not null)
        {
            return new DeskResult(current, revision, error);
        }

        var updated = current with
        {
            Headline = edit.Headline.Trim(),
            Standfirst = Attribution.Compose(edit.Standfirst, edit.Attribution),
            Body = edit.Body,
            Language = edit.Language,
            Section = string.IsNullOrWhiteSpace(edit.Section) ? null : edit.Section.Trim(),
            Keywords = edit.Keywords,
            Links = edit.Links,
            Credit = string.IsNullOrWhiteSpace(edit.Credit) ? null : edit.Credit.Trim(),
            Disclaimer = string.IsNullOrWhiteSpace(edit.Disclaimer) ? null : edit.Disclaimer.Trim(),
        };
        if (WorkflowRules.Incomplete(updated, updated.Status) is { } missing)
        {
            return new DeskResult(current, revision, missing);
        }

        return await CommitAsync(updated, actor, "saved", cancellationToken);
    }

    /// <summary>Moves an article to another state, when the workflow rules allow the actor that move.</summary>
    /// <param name="id">The article.</param>
    /// <param name="to">The state to move it to.</param>
    /// <param name="actor">Who moves it.</param>
    /// <param name="publishAt">For <see cref="ArticleStatus.Scheduled"/>: when to publish (in the future).</param>
    /// <param name="basedOnRevision">The revision the actor was looking at; null not to check.</param>
    /// <param name="cancellationToken">Cancels the move.</param>
    public async Task<DeskResult> MoveAsync(string id, ArticleStatus to, EditorialActor actor, DateTimeOffset? publishAt = null, int? basedOnRevision = null, CancellationToken cancellationToken = default)
    {
        var (current, revision, error) = await OpenAsync(id, basedOnRevision, cancellationToken);
        if (current is null || error is not null)
        {
            return new DeskResult(current, revision, error);
        }

        var from = current.Status;
        var now = time.GetUtcNow();
        error = WorkflowRules.Refusal(from, to, actor.Role)
            ?? WorkflowRules.Incomplete(current, to)
            ?? (to == ArticleStatus.Scheduled && (publishAt is null || publishAt <= now) ? "Choose a time in the future to publish at." : null);
        if (error is not null)
        {
            return new DeskResult(current, revision, error);
        }

        var moved = current with { Status = to, PublishedAt = PublicationTime(current, to, actor, publishAt, now) };
        if (to == ArticleStatus.Published && !await revisions.EverAsync(id, PublicStates, cancellationToken))
        {
            // Until it is first published an article's address follows its headline; after that it never changes.
            moved = moved with { Slug = Slug.From(moved.Headline) is { Length: > 0 } slug ? slug : moved.Slug };
        }

        var label = WorkflowRules.Find(from, to)!.Label;
        var result = await CommitAsync(moved, actor, $"{label}: {WorkflowRules.Name(from)} → {WorkflowRules.Name(to)}", cancellationToken);
        await AuditAsync(actor, "article." + AuditVerb(to), id, $"{WorkflowRules.Name(from)} → {WorkflowRules.Name(to)}", cancellationToken);
        if (from == ArticleStatus.Scheduled || to == ArticleStatus.Scheduled)
        {
            ScheduleChanged?.Invoke(this, EventArgs.Empty);
        }

        return result;
    }

    /// <summary>Makes an old revision's text the article's text again (its state stays as it is), as a new revision.</summary>
    public async Task<DeskResult> RestoreAsync(string id, int number, EditorialActor actor, CancellationToken cancellationToken = default)
    {
        var (current, revision, _) = await OpenAsync(id, null, cancellationToken);
        if (current is null)
        {
            return new DeskResult(null, 0, "There is no such article.");
        }

        if (!WorkflowRules.CanEdit(current.Status, actor.Role))
        {
            return new DeskResult(current, revision, CannotEdit(current.Status, actor.Role));
        }

        if (await revisions.GetAsync(id, number, cancellationToken) is not { } old)
        {
            return new DeskResult(current, revision, $"The article has no revision {number}.");
        }

        var restored = old.Article with { Id = current.Id, Slug = current.Slug, Status = current.Status, PublishedAt = current.PublishedAt };
        var result = await CommitAsync(restored, actor, $"restored revision {number}", cancellationToken);
        await AuditAsync(actor, "article.restore", id, $"revision {number}", cancellationToken);
        return result;
    }

    /// <summary>Publishes every scheduled article whose time has come; returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var published = 0;
        foreach (var due in (await ScheduledAsync(cancellationToken)).Where(s => s.PublishedAt <= now))
        {
            published += (await MoveAsync(due.Id, ArticleStatus.Published, EditorialActor.Scheduler, cancellationToken: cancellationToken)).Ok ? 1 : 0;
        }

        return published;
    }

    /// <summary>When the next scheduled article is due; null when none is scheduled.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default) =>
        (await ScheduledAsync(cancellationToken)).Min(s => s.PublishedAt);

    private async Task<List<ArticleSummary>> ScheduledAsync(CancellationToken cancellationToken)
    {
        var all = new List<ArticleSummary>();
        for (var page = 1; ; page++)
        {
            var listing = await archive.Store.ListAsync(new ArticleListQuery { Status = ArticleStatus.Scheduled, Page = page, PageSize = 200 }, cancellationToken);
            all.AddRange(listing.Items);
            if (page >= listing.PageCount)
            {
                return all;
            }
        }
    }

    private async Task<(Article? Current, int Revision, string? Error)> OpenAsync(string id, int? basedOnRevision, CancellationToken cancellationToken)
    {
        var current = await archive.Store.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return (null, 0, "There is no such article.");
        }

        var latest = await revisions.LatestNumberAsync(id, cancellationToken);
        return basedOnRevision is { } seen && seen != latest
            ? (current, latest, $"Someone saved this article (revision {latest}) after you opened it (revision {seen}). Your changes were not saved: reload, and apply them again.")
            : (current, latest, null);
    }

    // The publication date readers see: the scheduled time when the scheduler publishes, else the moment of publishing.
    private static DateTimeOffset? PublicationTime(Article current, ArticleStatus to, EditorialActor actor, DateTimeOffset? publishAt, DateTimeOffset now) => to switch
    {
        ArticleStatus.Scheduled => publishAt,
        ArticleStatus.Published when current.Status == ArticleStatus.Scheduled && actor == EditorialActor.Scheduler => current.PublishedAt, // on time
        ArticleStatus.Published when current.Status == ArticleStatus.Unpublished => current.PublishedAt ?? now,
        ArticleStatus.Published => now,
        _ when current.Status == ArticleStatus.Scheduled => null,
        _ => current.PublishedAt,
    };

    private async Task<DeskResult> CommitAsync(Article article, EditorialActor actor, string note, CancellationToken cancellationToken)
    {
        var saved = await archive.SaveAsync([article], cancellationToken: cancellationToken);
        if (saved.Saved.Count == 0)
        {
            return new DeskResult(article, await revisions.LatestNumberAsync(article.Id, cancellationToken), Unchanged: true);
        }

        var stored = saved.Saved[0];
        var number = await revisions.AddAsync(stored, time.GetUtcNow(), actor.Name, note, cancellationToken);
        return new DeskResult(stored, number);
    }

    private Task AuditAsync(EditorialActor actor, string action, string subject, string? detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(time.GetUtcNow(), actor.Name, action, subject, detail), cancellationToken);

    private static string AuditVerb(ArticleStatus to) => to switch
    {
        ArticleStatus.Published => "publish",
        ArticleStatus.Unpublished => "unpublish",
        ArticleStatus.Scheduled => "schedule",
        _ => "move",
    };

    private static string CannotEdit(ArticleStatus status, UserRole role) =>
        $"A {WorkflowRules.RoleName(role)} cannot change an article that is {WorkflowRules.Name(status)}; ask an editor.";

    private string NewId() => "nr-" + time.GetUtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..10];
}
