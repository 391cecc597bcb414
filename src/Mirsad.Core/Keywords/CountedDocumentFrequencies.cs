namespace Mirsad.Core.Keywords;

/// <summary>Document frequencies counted over a batch of texts (an import file, a rebuild).</summary>
public sealed class CountedDocumentFrequencies : IDocumentFrequencies
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public int DocumentCount { get; private set; }

    /// <inheritdoc />
    public int DocumentFrequency(string key) => _counts.GetValueOrDefault(key);

    /// <summary>Counts the distinct words of one text.</summary>
    public void Add(string? title, string? text)
    {
        DocumentCount++;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { title, text })
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            foreach (var token in KeywordTokenizer.Tokenize(part, caseIsInformative: false))
            {
                if (token.Key.Length > 0 && seen.Add(token.Key))
                {
                    _counts[token.Key] = _counts.GetValueOrDefault(token.Key) + 1;
                }
            }
        }
    }
}
