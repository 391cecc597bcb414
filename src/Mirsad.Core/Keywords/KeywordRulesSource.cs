namespace Mirsad.Core.Keywords;

/// <summary>
/// Keeps the <see cref="KeywordRules"/> in force: the shipped and operator vocabulary plus the editors'
/// curated keywords from the store, reloaded after an edit made here and at least every minute (an edit
/// made by another process, such as the command line while the site runs, is seen within that time).
/// </summary>
public sealed class KeywordRulesSource(KeywordVocabulary basis, IKeywordStore store, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Loaded? _current;

    /// <summary>The vocabulary without the editors' changes.</summary>
    public KeywordVocabulary Basis => basis;

    /// <summary>The rules in force, loading them when stale.</summary>
    public async Task<KeywordRules> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && time.GetUtcNow() - fresh.At < MaxAge)
        {
            return fresh.Rules;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && time.GetUtcNow() - loaded.At < MaxAge)
            {
                return loaded.Rules;
            }

            var rules = KeywordRules.Build(basis, await store.CuratedAsync(cancellationToken));
            _current = new Loaded(rules, time.GetUtcNow());
            return rules;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the loaded rules, so the next use reads the editors' vocabulary again.</summary>
    public void Invalidate() => _current = null;

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private sealed record Loaded(KeywordRules Rules, DateTimeOffset At);
}
