using Microsoft.Extensions.Logging;
using Mirsad.Core.Articles;
using Mirsad.Core.Import;

namespace Mirsad.Core.Keywords.Refinement;

/// <summary>
/// Chooses stored articles' keywords again with the <see cref="EmbeddingRanker"/>, after they were
/// stored with the fast extractor's: import never waits for the model. It follows the store's change
/// log from where it last stopped (kept in the store, so a restart goes on), replaces the automatic
/// keywords (editor and import keywords stay) and saves through the archive, so the index follows.
/// Its own saves are changes too; they are recognised by their sequence numbers and skipped.
/// </summary>
public sealed class KeywordRefiner(IArticleStore store, ArticleArchive archive, KeywordTagger tagger, KeywordRulesSource rulesSource, EmbeddingRanker ranker, ILogger<KeywordRefiner> logger)
{
    /// <summary>The follower name its position is kept under.</summary>
    public const string Follower = "keywords-refined";

    /// <summary>Changes read and articles refined per round (a batch of about a second of model time a thread).</summary>
    public const int Batch = 50;

    private readonly Lock _gate = new();
    private readonly List<(long From, long To)> _ownSaves = [];

    /// <summary>
    /// Refines the articles changed since the last round, a batch at a time, until none are left; returns how
    /// many changed. On its first round over an archive with more than <paramref name="backfillLimit"/>
    /// changes it starts from the newest one instead: going through a large existing archive would hold a
    /// core for hours (`mirsad keywords rebuild --refine embeddings` does that on purpose).
    /// </summary>
    public async Task<int> CatchUpAsync(long backfillLimit = long.MaxValue, CancellationToken cancellationToken = default)
    {
        if (await store.FollowerPositionAsync(Follower, cancellationToken) == 0
            && await store.CurrentSequenceAsync(cancellationToken) is var newest && newest > backfillLimit)
        {
            await store.SetFollowerPositionAsync(Follower, newest, cancellationToken);
            logger.LogWarning(
                "Keywords of the {Count} changes already stored are not re-ranked by meaning (more than {Limit}); new articles will be. Run `mirsad keywords rebuild --refine embeddings` to re-rank them all",
                newest,
                backfillLimit);
        }

        var changed = 0;
        while (true)
        {
            var position = await store.FollowerPositionAsync(Follower, cancellationToken);
            var changes = await store.ChangesSinceAsync(position, Batch, cancellationToken);
            if (changes.Count == 0)
            {
                return changed;
            }

            var read = changes.Where(c => c.Article is not null && !IsOwn(c.Sequence)).ToList();
            var readAt = read.ToDictionary(c => c.Id, c => c.Sequence, StringComparer.Ordinal);
            changed += await RefineAsync([.. read.Select(c => c.Article!)], readAt, cancellationToken);
            await store.SetFollowerPositionAsync(Follower, changes[^1].Sequence, cancellationToken);
        }
    }

    /// <summary>Chooses the keywords of <paramref name="articles"/> again with the ranker and saves the changed ones; returns how many changed.</summary>
    public Task<int> RefineAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        RefineAsync(articles, readAt: null, cancellationToken);

    /// <summary>
    /// As <see cref="RefineAsync(IReadOnlyList{Article}, CancellationToken)"/>, but an article saved by
    /// anyone after the change sequence in <paramref name="readAt"/> is left alone: ranking a batch takes
    /// seconds, and an editor's save in that time must not be overwritten by the copy read before it
    /// (the later save comes round in the change log and is refined then).
    /// </summary>
    public async Task<int> RefineAsync(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, long>? readAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return 0;
        }

        var rules = await rulesSource.CurrentAsync(cancellationToken);
        var refined = new List<Article>(articles.Count);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            refined.Add(tagger.Tag(
                article with { Keywords = [.. article.Keywords.Where(k => k.Origin == KeywordOrigin.Editor)] },
                [.. article.Keywords.Where(k => k.Origin == KeywordOrigin.Import).Select(k => new ImportKeyword(k.Name, k.Kind))],
                frequencies: null,
                rules,
                ranker: ranker));
        }

        var result = readAt is null
            ? await archive.SaveAsync(refined, commit: true, cancellationToken)
            : await archive.SaveUnlessChangedAsync(refined, readAt, cancellationToken);
        if (result.Saved.Count > 0)
        {
            // One transaction numbers its changes one after another, ending at the result's sequence.
            lock (_gate)
            {
                _ownSaves.Add((result.Sequence - result.Saved.Count + 1, result.Sequence));
            }

            logger.LogInformation("Keywords refined by meaning for {Count} articles", result.Saved.Count);
        }

        return result.Saved.Count;
    }

    private bool IsOwn(long sequence)
    {
        lock (_gate)
        {
            var own = _ownSaves.Any(s => sequence >= s.From && sequence <= s.To);
            _ownSaves.RemoveAll(s => s.To < sequence);
            return own;
        }
    }
}
