using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Reads one index file through a read-only memory map. Clones and slices share the map and keep
/// their own position; the original closes it. Lucene closes a file only after every reader of it
/// is done (the searcher manager's reference counts), which is what makes raw pointers safe here.
/// </summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly Mapping? _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    private MappedInput(string description, Mapping? mapping, byte* start, long length)
        : base(description)
    {
        _mapping = mapping;
        _start = start;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public static MappedInput Open(string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            return new MappedInput($"MappedInput(path=\"{path}\")", null, null, 0);
        }

        var mapping = new Mapping(path, length);
        return new MappedInput($"MappedInput(path=\"{path}\")", mapping, mapping.Pointer, length);
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek past EOF ({pos} of {_length}): {this}");
        }

        _position = pos;
    }

    public override object Clone() => new MappedInput(ToString(), null, _start, _length) { _position = _position };

    /// <summary>A view of part of this file (compound files), sharing the map.</summary>
    public MappedInput Slice(string description, long offset, long length)
    {
        if (offset < 0 || length < 0 || offset + length > _length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}+{length} is outside {this}");
        }

        return new MappedInput(description, null, _start + offset, length);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mapping?.Dispose();
        }
    }

    private byte* Take(int count)
    {
        if (count < 0 || _position + count > _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var at = _start + _position;
        _position += count;
        return at;
    }

    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;
        private int _disposed;

        public Mapping(string path, long length)
        {
            _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            _view = _file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Pointer = pointer + _view.PointerOffset;
        }

        public byte* Pointer { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _view.SafeMemoryMappedViewHandle.ReleasePointer();
                _view.Dispose();
                _file.Dispose();
            }
        }
    }
}
