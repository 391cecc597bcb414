using System.Security.Cryptography;
using System.Text;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords.Refinement;

namespace Mirsad.Core.Search.Semantic;

/// <summary>
/// Computes the meaning vector of every published article in the background, following the store's change
/// log from the position the vectors were last brought to (kept with them, so a restart goes on, and a lost
/// vector file is rebuilt from the start). An article whose text did not change (a keyword re-rank, a state
/// change back and forth) keeps its vector; one unpublished or deleted loses it. Import never waits for the model.
/// </summary>
public sealed class DocumentVectorFollower(IArticleStore store, IDocumentVectors vectors, ITextEmbedder embedder)
{
    /// <summary>Changes read per round: a batch of about a second of model time on one thread.</summary>
    public const int Batch = 32;

    // MiniLM reads at most 256 word pieces; the headline, standfirst and lead say what a story is about.
    private const int MaxTextLength = 1500;

    /// <summary>Embeds the articles changed since the last round, a batch at a time, until none are left; returns how many were embedded.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var embedded = 0;
        while (true)
        {
            var changes = await store.ChangesSinceAsync(vectors.Position, Batch, cancellationToken);
            if (changes.Count == 0)
            {
                return embedded;
            }

            var latest = changes.GroupBy(c => c.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            var live = latest.Where(c => c.Article is { Status: ArticleStatus.Published })
                .Select(c => (c.Id, Text: Text(c.Article!)))
                .Select(c => (c.Id, c.Text, Hash: Hash(c.Text)))
                .ToList();
            var known = vectors.TextHashes([.. live.Select(l => l.Id)]);
            var todo = live.Where(l => !known.TryGetValue(l.Id, out var hash) || hash != l.Hash).ToList();
            var computed = embedder.Embed([.. todo.Select(t => t.Text)], cancellationToken);
            var deleted = latest.Where(c => c.Article is not { Status: ArticleStatus.Published }).Select(c => c.Id).ToList();
            vectors.Apply([.. todo.Select((t, i) => new DocumentVector(t.Id, t.Hash, computed[i]))], deleted, changes[^1].Sequence);
            embedded += todo.Count;
        }
    }

    /// <summary>The text an article's vector is computed from: headline, standfirst and the start of the body.</summary>
    public static string Text(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = string.IsNullOrWhiteSpace(article.Standfirst)
            ? article.Headline + ". " + article.BodyText
            : article.Headline + ". " + article.Standfirst + " " + article.BodyText;
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength];
    }

    private static long Hash(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
