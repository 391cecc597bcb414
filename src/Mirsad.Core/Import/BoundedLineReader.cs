using System.Text;

namespace Mirsad.Core.Import;

/// <summary>
/// Reads lines from a plain or gzip-compressed UTF-8 file, refusing to hold a line longer than a
/// limit in memory: an overlong line is skipped to its end and reported as such. Reads forward only,
/// so a pipe or standard input does as well as a file; a gzip stream that ends early is noticed.
/// </summary>
public sealed class BoundedLineReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly GzipInput? _gzip;
    private readonly int _maxChars;
    private readonly StringBuilder _line = new();
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;

    /// <summary>Opens <paramref name="stream"/>, decompressing when it starts with the gzip magic bytes.</summary>
    public BoundedLineReader(Stream stream, int maxChars)
    {
        var (magic, source) = Peek(new BufferedStream(stream, 1 << 16), 2);
        if (magic is [0x1f, 0x8b])
        {
            _gzip = new GzipInput(source);
            source = _gzip;
        }

        _reader = new StreamReader(source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _maxChars = maxChars;
    }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when the input is gzip and its data ended before the gzip stream did (a cut file); known once the end is reached.</summary>
    public bool EndedEarly => _gzip?.EndedEarly == true;

    /// <summary>Whether the line last returned ended with a line break (the last line of a file may not).</summary>
    public bool LastLineTerminated { get; private set; }

    /// <summary>
    /// Reads the next line into <paramref name="line"/>. Returns false at the end of the input. When the
    /// line is longer than the limit, <paramref name="line"/> is null and <paramref name="overlongLength"/>
    /// holds its length in characters.
    /// </summary>
    public bool TryReadLine(out string? line, out long overlongLength)
    {
        _line.Clear();
        long length = 0;
        var sawAny = false;
        while (true)
        {
            if (_position >= _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!sawAny)
                    {
                        line = null;
                        overlongLength = 0;
                        return false;
                    }

                    break;
                }
            }

            sawAny = true;
            var newline = Array.IndexOf(_buffer, '\n', _position, _length - _position);
            var end = newline < 0 ? _length : newline;
            var count = end - _position;
            length += count;
            if (length <= _maxChars)
            {
                _line.Append(_buffer, _position, count);
            }

            _position = end + (newline < 0 ? 0 : 1);
            if (newline >= 0)
            {
                break;
            }
        }

        LineNumber++;
        LastLineTerminated = _length > 0;
        if (length > _maxChars)
        {
            line = null;
            overlongLength = length;
            return true;
        }

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        line = _line.ToString();
        overlongLength = 0;
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    // The first bytes, read without seeking (a pipe cannot seek), and a stream that gives them again.
    private static (byte[] Head, Stream Whole) Peek(Stream stream, int count)
    {
        var head = new byte[count];
        var read = 0;
        while (read < count && stream.Read(head, read, count - read) is > 0 and var n)
        {
            read += n;
        }

        return (head[..read], new PrefixedStream(head[..read], stream));
    }
}
