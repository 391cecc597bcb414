using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Search;
using Directory = Lucene.Net.Store.Directory;

namespace Mirsad.Search.Lucene;

/// <summary>
/// The on-disk Lucene index beside the store. It opens as a reader following the commits of whichever
/// process writes it; <see cref="TryTakeWriter"/> makes this process the one writer, held by an exclusive
/// OS lock (<see cref="ExclusiveFileLockFactory"/>) until disposal. The store sequence the index reflects
/// is kept in each commit's user data.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string SequenceKey = "mirsad.sequence";
    private const string SchemaKey = "mirsad.schema";
    private const string OwnerFile = "owner.txt";

    private readonly Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly ExactLengthBm25Similarity _similarity = new();
    private readonly SimilaritySearcherFactory _factory;
    private readonly LuceneSearcher _searcher;
    private readonly Completer _completer;
    private readonly System.Threading.Lock _modeLock = new();
    private readonly string? _neverWrite;
    private IndexWriter? _writer;
    private ReferenceManager<IndexSearcher> _searchers;
    private bool _readingPlaceholder;
    private long _committedSequence;

    private LuceneSearchIndex(string path, KeywordVocabulary vocabulary, string? neverWrite = null)
    {
        _neverWrite = neverWrite;
        WriterUnavailableReason = neverWrite;
        _ = MirsadCodec.Instance; // registered before any segment is read
        Path = System.IO.Path.GetFullPath(path);
        _directory = new MappedDirectory(new DirectoryInfo(Path));
        _analyzer = new MirsadAnalyzer();
        _factory = new SimilaritySearcherFactory(_similarity);
        _searcher = new LuceneSearcher(_analyzer, new AliasExpander(vocabulary));
        _completer = new Completer(_analyzer);
        _searchers = OpenReader();
        _committedSequence = WithSearcher(CommitSequence);
    }

    /// <summary>The index directory.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public bool IsWritable => Volatile.Read(ref _writer) is not null;

    /// <inheritdoc />
    public string? WriterUnavailableReason { get; private set; }

    /// <inheritdoc />
    public long CommittedSequence => Interlocked.Read(ref _committedSequence);

    /// <inheritdoc />
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>Opens the index as its one writer; throws <see cref="IndexLockedException"/> when another holds it.</summary>
    public static LuceneSearchIndex OpenForWriting(string path, KeywordVocabulary? vocabulary = null)
    {
        var index = new LuceneSearchIndex(path, vocabulary ?? KeywordVocabulary.Default);
        if (!index.TryTakeWriter())
        {
            var reason = index.WriterUnavailableReason;
            index.Dispose();
            throw new IndexLockedException(reason ?? $"The search index at {path} cannot be opened for writing.");
        }

        return index;
    }

    /// <summary>
    /// Opens the index for reading, following the writer's commits; <see cref="TryTakeWriter"/> may make
    /// it the writer later, unless <paramref name="neverWrite"/> says why it must not (a read-only
    /// site). A missing index reads as empty and is not created.
    /// </summary>
    public static LuceneSearchIndex OpenReadOnly(string path, KeywordVocabulary? vocabulary = null, string? neverWrite = null) => new(path, vocabulary ?? KeywordVocabulary.Default, neverWrite);

    /// <inheritdoc />
    public bool TryTakeWriter()
    {
        if (IsWritable)
        {
            return true;
        }

        if (_neverWrite is not null)
        {
            return false;
        }

        lock (_modeLock)
        {
            if (_writer is not null)
            {
                return true;
            }

            IndexWriter writer;
            try
            {
                System.IO.Directory.CreateDirectory(Path);
                writer = new IndexWriter(_directory, new IndexWriterConfig(MirsadAnalyzer.Version, _analyzer)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    Similarity = _similarity,
                    RAMBufferSizeMB = 64,
                    Codec = MirsadCodec.Instance,
                    WriteLockTimeout = 0,
                });
            }
            catch (LockObtainFailedException)
            {
                WriterUnavailableReason = $"the search index at {Path} is being written by another Mirsad process ({Holder()})";
                return false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                WriterUnavailableReason = $"the search index at {Path} cannot be written: {e.Message}";
                return false;
            }

            try
            {
                if (!DirectoryReader.IndexExists(_directory) || !IsCurrentSchema(writer.CommitData))
                {
                    // A first commit, so readers always have something to open; or an index written with
                    // another layout, emptied so the archive rebuilds it from the store (its sequence is 0).
                    writer.DeleteAll();
                    writer.SetCommitData(CommitData(0));
                    writer.Commit();
                }

                Replace(new SearcherManager(writer, applyAllDeletes: true, _factory));
                Interlocked.Exchange(ref _committedSequence, ReadSequence(writer.CommitData));
                Volatile.Write(ref _writer, writer);
            }
            catch
            {
                writer.Dispose();
                throw;
            }

            WriterUnavailableReason = null;
            NoteOwner();
            return true;
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

    /// <inheritdoc />
    public void Refresh()
    {
        if (IsWritable)
        {
            _searchers.MaybeRefreshBlocking();
            return;
        }

        lock (_modeLock)
        {
            if (_writer is not null)
            {
                return;
            }

            if (_readingPlaceholder)
            {
                if (!DirectoryReader.IndexExists(_directory))
                {
                    return;
                }

                Replace(new SearcherManager(_directory, _factory));
            }
            else
            {
                _searchers.MaybeRefreshBlocking();
            }

            Interlocked.Exchange(ref _committedSequence, WithSearcher(CommitSequence));
        }
    }

    /// <inheritdoc />
    public IReadOnlySet<string> Ids() => WithSearcher(s =>
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(s.IndexReader, LuceneFields.Id);
        if (terms is null)
        {
            return ids;
        }

        var live = MultiFields.GetLiveDocs(s.IndexReader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                ids.Add(termsEnum.Term.Utf8ToString());
            }
        }

        return ids;
    });

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

        // Lucene commits on Dispose, with the commit data last set: a rebuild stopped halfway would be
        // committed as if complete. What was not committed explicitly is replayed from the store instead.
        try
        {
            _writer?.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // A writer that already failed (a full disk) has closed itself; the error that stopped it is
            // the one to report, not this.
        }
        _analyzer.Dispose();
        _directory.Dispose();
    }

    // A reader over the index, or over an empty in-memory one while there is none on disk yet (a reader
    // creates nothing: the data directory may be read-only).
    private SearcherManager OpenReader()
    {
        if (DirectoryReader.IndexExists(_directory))
        {
            return new SearcherManager(_directory, _factory);
        }

        _readingPlaceholder = true;
        var placeholder = new RAMDirectory();
        using (var empty = new IndexWriter(placeholder, new IndexWriterConfig(MirsadAnalyzer.Version, _analyzer) { Codec = MirsadCodec.Instance }))
        {
            empty.Commit();
        }

        return new SearcherManager(placeholder, _factory);
    }

    // A replaced searcher manager is closed; searches holding one of its searchers finish on it, and a
    // search that picked it up just before it closed tries again on the new one (see WithSearcher).
    private void Replace(ReferenceManager<IndexSearcher> next)
    {
        var previous = _searchers;
        Volatile.Write(ref _searchers, next);
        _readingPlaceholder = false;
        previous.Dispose();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        while (true)
        {
            var manager = Volatile.Read(ref _searchers);
            IndexSearcher searcher;
            try
            {
                searcher = manager.Acquire();
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(manager, Volatile.Read(ref _searchers)))
            {
                continue;
            }

            try
            {
                return action(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
    }

    private IndexWriter Writer() =>
        Volatile.Read(ref _writer) ?? throw new InvalidOperationException($"This process does not write the search index at {Path}: {WriterUnavailableReason ?? "it was opened for reading"}.");

    // Who holds the writer, as the holder noted it; a note left by a process that has died is not read,
    // because the lock is held at the moment this is asked.
    private string Holder()
    {
        try
        {
            var note = File.ReadAllText(System.IO.Path.Combine(Path, OwnerFile)).Trim();
            return note.Length > 0 ? note : "process unknown";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "process unknown";
        }
    }

    private void NoteOwner()
    {
        var args = Environment.GetCommandLineArgs();
        var command = string.Join(' ', args.Skip(1).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        try
        {
            File.WriteAllText(System.IO.Path.Combine(Path, OwnerFile), string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}: mirsad {command}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a courtesy for other processes' messages.
        }
    }

    private static long CommitSequence(IndexSearcher searcher) => ReadSequence(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData);

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
