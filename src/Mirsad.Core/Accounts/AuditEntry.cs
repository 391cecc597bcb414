namespace Mirsad.Core.Accounts;

/// <summary>One line of the audit log: who did what to which thing, when.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">User name, or "system"/"cli".</param>
/// <param name="Action">What happened ("login", "login.failed", "article.publish", ...).</param>
/// <param name="Subject">What it happened to (an article id, a user name), when any.</param>
/// <param name="Detail">Free text, e.g. the client address or a state change "draft → ready".</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Subject, string? Detail);
