using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Search;
using Mirsad.Core.Search.Semantic;
using Directory = Lucene.Net.Store.Directory;

namespace Mirsad.Search.Lucene;

/// <summary>
/// The on-disk Lucene index beside the store. Opened for writing, it keeps an IndexWriter and a
/// near-real-time SearcherManager; opened read-only (another process writes), it follows the commits.
/// The store sequence it reflects is kept in each commit's user data.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string SequenceKey = "mirsad.sequence";
    private const string SchemaKey = "mirsad.schema";

    private readonly Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter? _writer;
    private readonly ReferenceManager<IndexSearcher> _searchers;
    private readonly LuceneSearcher _searcher;
    private readonly Completer _completer;
    private long _committedSequence;

    private LuceneSearchIndex(string path, bool writable, KeywordVocabulary vocabulary, ISearchReranker? semantic, SearchRanking? ranking = null)
    {
        var codec = MirsadCodec.Instance;
        Path = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(Path);
        _directory = new MappedDirectory(new DirectoryInfo(Path));
        _analyzer = new MirsadAnalyzer();
        var similarity = new ExactLengthBm25Similarity();
        var factory = new SimilaritySearcherFactory(similarity);
        if (writable)
        {
            var config = new IndexWriterConfig(MirsadAnalyzer.Version, _analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = similarity,
                RAMBufferSizeMB = 64,
                Codec = codec,
            };
            try
            {
                _writer = new IndexWriter(_directory, config);
            }
            catch (LockObtainFailedException e)
            {
                _directory.Dispose();
                throw new IndexLockedException(Path, e);
            }

            if (!DirectoryReader.IndexExists(_directory) || !IsCurrentSchema(_writer.CommitData))
            {
                // A first commit, so readers always have something to open; or an index written with
                // another layout, emptied so the archive rebuilds it from the store (its sequence is 0).
                _writer.DeleteAll();
                _writer.SetCommitData(CommitData(0));
                _writer.Commit();
            }

            _committedSequence = ReadSequence(_writer.CommitData);
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, factory);
        }
        else
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                using var bootstrap = new IndexWriter(_directory, new IndexWriterConfig(MirsadAnalyzer.Version, _analyzer) { Codec = codec });
                bootstrap.Commit();
            }

            _searchers = new SearcherManager(_directory, factory);
            var searcher = _searchers.Acquire();
            try
            {
                _committedSequence = ReadSequence(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }

        _searcher = new LuceneSearcher(_analyzer, new AliasExpander(vocabulary), ranking ?? SearchRanking.Default, semantic);
        _completer = new Completer(_analyzer);
    }

    /// <summary>The index directory.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public bool IsWritable => _writer is not null;

    /// <inheritdoc />
    public long CommittedSequence => Interlocked.Read(ref _committedSequence);

    /// <inheritdoc />
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>
    /// Opens the index for writing; throws <see cref="IndexLockedException"/> when another process writes it.
    /// With <paramref name="semantic"/>, a query that describes a need has its best matches re-ranked by meaning.
    /// </summary>
    public static LuceneSearchIndex OpenForWriting(string path, KeywordVocabulary? vocabulary = null, ISearchReranker? semantic = null) =>
        new(path, writable: true, vocabulary ?? KeywordVocabulary.Default, semantic);

    /// <summary>Opens the index for reading only, following another process's commits.</summary>
    public static LuceneSearchIndex OpenReadOnly(string path, KeywordVocabulary? vocabulary = null, ISearchReranker? semantic = null) =>
        new(path, writable: false, vocabulary ?? KeywordVocabulary.Default, semantic);

    /// <summary>Opens for writing when possible, otherwise read-only.</summary>
    public static LuceneSearchIndex Open(string path, KeywordVocabulary? vocabulary = null, ISearchReranker? semantic = null, SearchRanking? ranking = null)
    {
        try
        {
            return new(path, writable: true, vocabulary ?? KeywordVocabulary.Default, semantic, ranking);
        }
        catch (IndexLockedException)
        {
            return new(path, writable: false, vocabulary ?? KeywordVocabulary.Default, semantic, ranking);
        }
    }

    /// <inheritdoc />
    public void Upsert(IEnumerable<Article> articles)
    {
        var writer = Writer();
        foreach (var article in articles)
        {
            var id = new Term(LuceneFields.Id, article.Id);
            if (article.Status == ArticleStatus.Published)
            {
                writer.UpdateDocument(id, ArticleDocuments.Create(article));
            }
            else
            {
                writer.DeleteDocuments(id);
            }
        }
    }

    /// <inheritdoc />
    public void Delete(IEnumerable<string> ids) => Writer().DeleteDocuments(ids.Select(id => new Term(LuceneFields.Id, id)).ToArray());

    /// <inheritdoc />
    public void Clear() => Writer().DeleteAll();

    /// <inheritdoc />
    public void Commit(long sequence)
    {
        var writer = Writer();
        writer.SetCommitData(CommitData(sequence));
        writer.Commit();
        Interlocked.Exchange(ref _committedSequence, sequence);
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Makes uncommitted changes visible to searches (near real time) without a commit.</summary>
    public void Refresh()
    {
        _searchers.MaybeRefreshBlocking();
        if (_writer is null)
        {
            WithSearcher(s =>
            {
                Interlocked.Exchange(ref _committedSequence, ReadSequence(((DirectoryReader)s.IndexReader).IndexCommit.UserData));
                return 0;
            });
        }
    }

    /// <inheritdoc />
    public SearchResults Search(SearchRequest request) => WithSearcher(s => _searcher.Search(s, request));

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Related(string articleId, int count) => WithSearcher(s => _searcher.Related(s, articleId, count));

    /// <inheritdoc />
    public Completions Complete(string text, int count) => WithSearcher(s => _completer.Complete(s, text, Math.Clamp(count, 1, 20)));

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private IndexWriter Writer() =>
        _writer ?? throw new InvalidOperationException($"The search index at {Path} is open read-only: another Mirsad process writes it.");

    private static long ReadSequence(IDictionary<string, string>? data) =>
        data is not null && IsCurrentSchema(data) && data.TryGetValue(SequenceKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    private static bool IsCurrentSchema(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(SchemaKey, out var schema) && schema == LuceneFields.Schema;

    private static Dictionary<string, string> CommitData(long sequence) => new()
    {
        [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
        [SchemaKey] = LuceneFields.Schema,
    };
}
