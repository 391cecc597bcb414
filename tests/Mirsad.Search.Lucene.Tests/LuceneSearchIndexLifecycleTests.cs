using Mirsad.Core.Articles;

namespace Mirsad.Search.Lucene.Tests;

public sealed class LuceneSearchIndexLifecycleTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("mirsad-index-").FullName;

    public void Dispose() => Directory.Delete(_path, recursive: true);

    [Fact]
    public void Commit_SequenceSurvivesReopen()
    {
        using (var index = LuceneSearchIndex.OpenForWriting(_path))
        {
            index.Upsert([SearchIndexFixture.Articles[0]]);
            index.Commit(42);
        }

        using var reopened = LuceneSearchIndex.OpenForWriting(_path);
        Assert.Equal(42, reopened.CommittedSequence);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void Open_IndexOfAnOlderLayout_IsEmptiedSoTheStoreRebuildsIt()
    {
        // An index as the first release wrote it: documents and a sequence, but no layout version.
        using (var directory = global::Lucene.Net.Store.FSDirectory.Open(_path))
        using (var writer = new global::Lucene.Net.Index.IndexWriter(directory, new global::Lucene.Net.Index.IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, new global::Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.AddDocument([new global::Lucene.Net.Documents.StringField("id", "old", global::Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["mirsad.sequence"] = "7" });
            writer.Commit();
        }

        using var index = LuceneSearchIndex.OpenForWriting(_path);

        Assert.Equal(0, index.CommittedSequence); // the archive replays the store from the start
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Upsert_UnpublishedArticle_RemovesIt()
    {
        using var index = LuceneSearchIndex.OpenForWriting(_path);
        var article = SearchIndexFixture.Articles[0];
        index.Upsert([article]);
        index.Commit(1);
        index.Upsert([article with { Status = ArticleStatus.Unpublished }]);
        index.Commit(2);
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void OpenForWriting_WhileAnotherWriterHoldsIt_ThrowsIndexLocked_AndReadOnlyStillSearches()
    {
        using var writer = LuceneSearchIndex.OpenForWriting(_path);
        writer.Upsert([SearchIndexFixture.Articles[0]]);
        writer.Commit(1);
        var locked = Assert.Throws<IndexLockedException>(() => LuceneSearchIndex.OpenForWriting(_path));
        Assert.Contains($"pid {Environment.ProcessId}", locked.Message, StringComparison.Ordinal);
        using var reader = LuceneSearchIndex.OpenReadOnly(_path);
        Assert.False(reader.IsWritable);
        Assert.False(reader.TryTakeWriter());
        Assert.Contains("being written by another Mirsad process", reader.WriterUnavailableReason, StringComparison.Ordinal);
        Assert.Equal(1, reader.Search(new Core.Search.SearchRequest { Query = "idlib" }).Total);
        Assert.Throws<InvalidOperationException>(() => reader.Upsert([SearchIndexFixture.Articles[1]]));
    }

    [Fact]
    public void TryTakeWriter_AfterTheWriterLetsGo_TakesOverFromItsLastCommit()
    {
        using var reader = LuceneSearchIndex.OpenReadOnly(_path);
        using (var writer = LuceneSearchIndex.OpenForWriting(_path))
        {
            writer.Upsert([SearchIndexFixture.Articles[0]]);
            writer.Commit(5);
            writer.Upsert([SearchIndexFixture.Articles[1]]); // never committed: lost with the writer
            Assert.False(reader.TryTakeWriter());
        }

        Assert.True(reader.TryTakeWriter());
        Assert.True(reader.IsWritable);
        Assert.Null(reader.WriterUnavailableReason);
        Assert.Equal(5, reader.CommittedSequence);
        Assert.Equal([SearchIndexFixture.Articles[0].Id], reader.Ids());
        reader.Upsert([SearchIndexFixture.Articles[1]]);
        reader.Commit(6);
        Assert.Equal(2, reader.Count);
    }

    [Fact]
    public void OpenReadOnly_NoIndexYet_ReadsAsEmptyCreatesNothingAndFollowsTheFirstWriter()
    {
        var path = Path.Combine(_path, "not-yet");
        using var reader = LuceneSearchIndex.OpenReadOnly(path);
        Assert.Equal(0, reader.Count);
        Assert.Equal(0, reader.Search(new Core.Search.SearchRequest { Query = "idlib" }).Total);
        Assert.False(Directory.Exists(path));

        using var writer = LuceneSearchIndex.OpenForWriting(path);
        writer.Upsert(SearchIndexFixture.Articles.Take(2));
        writer.Commit(2);
        reader.Refresh();
        Assert.Equal(2, reader.CommittedSequence);
        Assert.Equal(2, reader.Count);
        writer.Delete([SearchIndexFixture.Articles[0].Id]);
        writer.Commit(3);
        reader.Refresh();
        Assert.Equal([SearchIndexFixture.Articles[1].Id], reader.Ids());
    }
}
