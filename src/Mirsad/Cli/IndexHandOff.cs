using Mirsad.Core.Articles;

namespace Mirsad.Cli;

/// <summary>
/// For commands that write articles: they take the search index's writer when no other process has it;
/// otherwise they write the store only, say so in one line, and at the end wait until the process that
/// writes the index has indexed what they wrote (or has let go of it, and they index it themselves).
/// </summary>
internal static class IndexHandOff
{
    // How long the index may make no progress before a command stops waiting for it.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task BeginAsync(ArticleArchive archive, CliContext context, CancellationToken cancellationToken)
    {
        await archive.SyncAsync(cancellationToken);
        if (!archive.Index.IsWritable)
        {
            await context.Error.WriteLineAsync($"note: {archive.Index.WriterUnavailableReason}; this command writes the store and waits at the end until that process has indexed it.");
        }
    }

    public static async Task EndAsync(ArticleArchive archive, CliContext context, CancellationToken cancellationToken)
    {
        if (archive.Index.IsWritable || archive.WrittenSequence == 0)
        {
            return;
        }

        if (!await archive.WaitUntilIndexedAsync(Patience, cancellationToken))
        {
            await context.Error.WriteLineAsync($"note: the search index has not caught up with these changes in {Patience.TotalMinutes:N0} minutes ({archive.Index.WriterUnavailableReason}); they are stored, and the process that writes the index indexes them (`mirsad check` tells when).");
        }
    }
}
