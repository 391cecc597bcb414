using System.Buffers;

namespace Mirsad.Core.Keywords;

/// <summary>
/// Document frequencies counted over a batch of texts (an import file, a rebuild), and the batch's texts
/// as word counts so that each can find the others about the same thing (<see cref="IRelatedDocuments"/>).
/// Texts are added first, from one thread; then it is read, from any number.
/// </summary>
public sealed class CountedDocumentFrequencies : IDocumentFrequencies, IRelatedDocuments
{
    private const int Neighbours = 5;
    private const double MinSimilarity = 0.1;
    private const double SameText = 0.9;
    private const int QueryWords = 10;
    private const int MaxPostings = 200;

    // Related stories are looked for among the latest texts only, as in a news stream they are close in
    // time; this also keeps the search's cost flat however long an import runs.
    private const int Window = 2_000;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _frequencies = [];
    private readonly List<List<(int Document, int Count)>?> _postings = [];
    private readonly List<(int Word, int Count)[]> _documents = [];
    private readonly List<double> _norms = [];
    private readonly ArrayPool<double> _overlaps = ArrayPool<double>.Create();

    /// <inheritdoc />
    public int DocumentCount { get; private set; }

    /// <inheritdoc />
    public int DocumentFrequency(string key) => _ids.TryGetValue(key, out var id) ? _frequencies[id] : 0;

    /// <summary>The words of a text with their counts, as <see cref="Add(IReadOnlyDictionary{string, int})"/> takes them; safe to call from any thread.</summary>
    public static Dictionary<string, int> CountWords(string? title, string? text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in new[] { title, text })
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            foreach (var token in KeywordTokenizer.Tokenize(part, caseIsInformative: false))
            {
                if (token.Key.Length > 0)
                {
                    words[token.Key] = words.GetValueOrDefault(token.Key) + 1;
                }
            }
        }

        return words;
    }

    /// <summary>Counts the distinct words of one text.</summary>
    public void Add(string? title, string? text) => Add(CountWords(title, text));

    /// <summary>Adds one text by its word counts (<see cref="CountWords"/>, which can run in parallel beforehand).</summary>
    public void Add(IReadOnlyDictionary<string, int> wordCounts)
    {
        ArgumentNullException.ThrowIfNull(wordCounts);
        DocumentCount++;
        var counts = new Dictionary<int, int>(wordCounts.Count);
        foreach (var (key, count) in wordCounts)
        {
            counts[IdOf(key)] = count;
        }

        var document = _documents.Count;
        var content = new List<(int Word, int Count)>(counts.Count);
        var norm = 0.0;
        foreach (var (id, count) in counts)
        {
            _frequencies[id]++;
            if (_postings[id] is { } postings)
            {
                postings.Add((document, count));
                content.Add((id, count));
                norm += Math.Pow(count * Idf(id), 2);
            }
        }

        _documents.Add([.. content]);

        // The text's length as a tf-idf vector, with the frequencies known when it was added (texts are
        // compared with the ones before them, so those are the frequencies that matter).
        _norms.Add(Math.Sqrt(norm));
    }

    /// <inheritdoc />
    public RelatedWords RelatedWords(IReadOnlyDictionary<string, int> wordCounts)
    {
        ArgumentNullException.ThrowIfNull(wordCounts);
        if (DocumentCount < 3)
        {
            return Keywords.RelatedWords.None;
        }

        // The text's most telling words; their postings give the texts that share them.
        var weighed = new List<(int Word, double Weight)>(wordCounts.Count);
        var queryNorm = 0.0;
        foreach (var (key, count) in wordCounts)
        {
            if (_ids.TryGetValue(key, out var id) && _postings[id] is not null)
            {
                var weight = count * Idf(id);
                weighed.Add((id, weight));
                queryNorm += weight * weight;
            }
            else if (!_ids.ContainsKey(key) && IsContentWord(key))
            {
                queryNorm += Math.Pow(count * Math.Log(DocumentCount + 1.0), 2); // a word no other text has
            }
        }

        queryNorm = Math.Sqrt(queryNorm);
        if (weighed.Count == 0 || queryNorm == 0)
        {
            return Keywords.RelatedWords.None;
        }

        weighed.Sort((x, y) => y.Weight.CompareTo(x.Weight));
        var oldest = Math.Max(0, _documents.Count - Window);
        var size = _documents.Count - oldest;
        var overlap = _overlaps.Rent(size);
        var touched = new List<int>();
        foreach (var (id, weight) in weighed.Take(QueryWords))
        {
            var postings = _postings[id]!;
            if (postings.Count - LowerBound(postings, oldest) > MaxPostings)
            {
                continue; // too common lately to tell texts apart
            }

            var idf = Idf(id);
            for (var i = postings.Count - 1; i >= 0 && postings[i].Document >= oldest; i--)
            {
                var slot = postings[i].Document - oldest;
                if (overlap[slot] == 0)
                {
                    touched.Add(slot);
                }

                overlap[slot] += weight * postings[i].Count * idf;
            }
        }

        // Cosine similarity over the telling words (each text's length as of when it was added); the best few.
        var neighbours = new List<(int Document, double Similarity)>(Neighbours + 1);
        foreach (var slot in touched)
        {
            var document = slot + oldest;
            var similarity = _norms[document] == 0 ? 0 : overlap[slot] / (_norms[document] * queryNorm);
            if (similarity is >= MinSimilarity and < SameText && (neighbours.Count < Neighbours || similarity > neighbours[^1].Similarity))
            {
                var at = neighbours.FindIndex(n => n.Similarity < similarity);
                neighbours.Insert(at < 0 ? neighbours.Count : at, (document, similarity));
                if (neighbours.Count > Neighbours)
                {
                    neighbours.RemoveAt(Neighbours);
                }
            }
        }

        foreach (var slot in touched)
        {
            overlap[slot] = 0;
        }

        _overlaps.Return(overlap); // cleared slot by slot above: this pool only ever holds zeroed arrays
        var weights = new Dictionary<int, double>();
        var max = 0.0;
        foreach (var (document, similarity) in neighbours)
        {
            var words = _documents[document];
            var length = 0;
            foreach (var (_, count) in words)
            {
                length += count;
            }

            foreach (var (id, count) in words)
            {
                var value = weights.GetValueOrDefault(id) + (similarity * count / length * Idf(id));
                weights[id] = value;
                max = Math.Max(max, value);
            }
        }

        return weights.Count == 0 ? Keywords.RelatedWords.None : new RelatedWords(word => _ids.TryGetValue(word, out var id) ? id : -1, weights, max);
    }

    // The first index in a postings list (in document order) at or after the given document.
    private static int LowerBound(List<(int Document, int Count)> postings, int document)
    {
        int low = 0, high = postings.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (postings[middle].Document < document)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool IsContentWord(string key) => key.Length >= 3 && !char.IsDigit(key[0]) && !StopWords.English.Contains(key);

    private int IdOf(string key)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _words.Count;
            _ids[key] = id;
            _words.Add(key);
            _frequencies.Add(0);
            _postings.Add(IsContentWord(key) ? [] : null); // only content words are compared
        }

        return id;
    }

    private double Idf(int id) => Math.Log((DocumentCount + 1.0) / Math.Max(1, _frequencies[id]));
}
