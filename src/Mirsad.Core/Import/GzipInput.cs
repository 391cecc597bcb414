using System.Buffers.Binary;
using System.IO.Compression;

namespace Mirsad.Core.Import;

/// <summary>
/// The decompressed bytes of a gzip stream, and at its end whether the stream was whole. .NET's
/// GZipStream ends quietly where a cut file ends, so a truncated download would look like a file whose
/// last line is broken JSON; gzip closes with the size of the data it holds (ISIZE, the last 4 bytes),
/// which a cut file does not have. (A file of several gzip members glued together carries the last
/// member's size only, and is reported as ending early too.)
/// </summary>
internal sealed class GzipInput(Stream compressed) : Stream
{
    private readonly Tail _tail = new(compressed);
    private GZipStream? _gzip;
    private long _total;

    /// <summary>True once the end was reached and the stream did not close with the size of what it held.</summary>
    public bool EndedEarly { get; private set; }

    /// <summary>True once the end was reached.</summary>
    public bool Ended { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        _gzip ??= new GZipStream(_tail, CompressionMode.Decompress);
        var read = _gzip.Read(buffer);
        _total += read;
        if (read == 0 && buffer.Length > 0 && !Ended)
        {
            Ended = true;
            EndedEarly = !_tail.EndsWithSize(_total);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip?.Dispose();
            _tail.Dispose();
        }

        base.Dispose(disposing);
    }

    // The compressed bytes passed through, remembering the last eight (CRC32 and ISIZE of a whole file).
    private sealed class Tail(Stream inner) : Stream
    {
        private readonly byte[] _last = new byte[8];
        private long _seen;

        public bool EndsWithSize(long total)
        {
            if (_seen < 18)
            {
                return false; // not even a gzip header and trailer
            }

            Span<byte> ordered = stackalloc byte[8];
            for (var i = 0; i < 8; i++)
            {
                ordered[i] = _last[(int)((_seen + i) % 8)];
            }

            return BinaryPrimitives.ReadUInt32LittleEndian(ordered[4..]) == (uint)total;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _seen; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            for (var i = Math.Max(0, read - 8); i < read; i++)
            {
                _last[(int)((_seen + i) % 8)] = buffer[i];
            }

            _seen += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
