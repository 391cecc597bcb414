using System.IO.Compression;
using System.Text;
using Mirsad.Core.Import;

namespace Mirsad.Core.Tests.Import;

public sealed class BoundedLineReaderTests
{
    [Fact]
    public void TryReadLine_OverlongLine_IsSkippedAndReported()
    {
        var text = "short\n" + new string('x', 100) + "\nafter\r\n";
        using var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), 50);
        Assert.True(reader.TryReadLine(out var first, out _));
        Assert.Equal("short", first);
        Assert.True(reader.TryReadLine(out var second, out var length));
        Assert.Null(second);
        Assert.Equal(100, length);
        Assert.True(reader.TryReadLine(out var third, out _));
        Assert.Equal("after", third);
        Assert.Equal(3, reader.LineNumber);
        Assert.False(reader.TryReadLine(out _, out _));
    }

    [Fact]
    public void TryReadLine_Gzip_IsDecompressed()
    {
        var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("a\nb"));
        }

        memory.Position = 0;
        using var reader = new BoundedLineReader(memory, 1000);
        Assert.True(reader.TryReadLine(out var a, out _));
        Assert.True(reader.TryReadLine(out var b, out _));
        Assert.Equal(("a", "b"), (a, b));
    }

    [Fact]
    public void TryReadLine_GzipCutShort_SaysItEndedEarly()
    {
        var whole = Gzip(string.Join('\n', Enumerable.Range(0, 3_000).Select(i => $"line {i} {i * 7919 % 104729}")) + "\n");
        using var cut = new BoundedLineReader(new MemoryStream(whole[..(whole.Length / 2)]), 1000);
        while (cut.TryReadLine(out _, out _))
        {
        }

        Assert.True(cut.EndedEarly);
        Assert.InRange(cut.LineNumber, 1, 2_999);

        using var intact = new BoundedLineReader(new MemoryStream(whole), 1000);
        while (intact.TryReadLine(out _, out _))
        {
        }

        Assert.False(intact.EndedEarly);
        Assert.Equal(3_000, intact.LineNumber);
        Assert.True(intact.LastLineTerminated);
    }

    [Fact]
    public void TryReadLine_StreamThatCannotSeek_ReadsPlainAndGzip()
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes("a\nb"), Gzip("a\nb") })
        {
            using var reader = new BoundedLineReader(new ForwardOnly(bytes), 1000);
            Assert.True(reader.TryReadLine(out var a, out _));
            Assert.True(reader.TryReadLine(out var b, out _));
            Assert.Equal(("a", "b"), (a, b));
            Assert.False(reader.LastLineTerminated);
            Assert.False(reader.TryReadLine(out _, out _));
            Assert.False(reader.EndedEarly);
        }
    }

    private static byte[] Gzip(string text)
    {
        var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }

    // Like a pipe: reads forward, refuses to seek.
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException("a pipe cannot seek");
    }
}
