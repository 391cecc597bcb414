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
}
