using Lucene.Net.Store;

namespace Mirsad.Search.Lucene;

/// <summary>
/// An on-disk index directory whose files are read through memory maps with plain pointer reads.
/// Lucene.NET's own MMapDirectory pays a SafeHandle acquire/release on every byte it reads, and
/// NIOFSDirectory a system call (and a file-length check) on every buffer refill; both left search
/// spending most of its time in I/O plumbing rather than in scoring. Writing is FSDirectory's; the write
/// lock is exclusive across processes (<see cref="ExclusiveFileLockFactory"/>).
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, new ExclusiveFileLockFactory(path.FullName))
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = System.IO.Path.Combine(Directory.FullName, name);
        return MappedInput.Open(file);
    }

    // Compound files (small segments) are read as views into the one map of the .cfs file.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer((MappedInput)OpenInput(name, context));

    private sealed class Slicer(MappedInput file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) => file.Slice(sliceDescription, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => file.Slice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }
}
