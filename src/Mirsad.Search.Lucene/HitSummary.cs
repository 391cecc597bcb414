using System.Globalization;
using System.Text;
using Lucene.Net.Util;
using Mirsad.Core.Articles;
using Mirsad.Core.Search;

namespace Mirsad.Search.Lucene;

/// <summary>
/// What a search hit shows, packed into one binary doc value per article (UTF-8 fields separated by
/// U+001F), so ranking pages never touch the compressed stored fields that hold the bodies.
/// </summary>
internal static class HitSummary
{
    private const char Separator = '\u001f';

    public static BytesRef Encode(Article article, long seconds)
    {
        var text = string.Join(
            Separator,
            Clean(article.Id),
            Clean(article.Slug),
            Clean(article.Headline),
            Clean(article.Language),
            Clean(article.Source?.Slug),
            Clean(article.Source?.Name),
            seconds.ToString(CultureInfo.InvariantCulture));
        return new BytesRef(Encoding.UTF8.GetBytes(text));
    }

    public static SearchHit Decode(BytesRef bytes, float score, string snippet)
    {
        var parts = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length).Split(Separator);
        string Part(int i) => i < parts.Length ? parts[i] : string.Empty;
        string? Optional(int i) => Part(i) is { Length: > 0 } value ? value : null;
        var seconds = long.TryParse(Part(6), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        return new SearchHit(
            Part(0),
            Part(1),
            Part(2),
            snippet,
            Optional(4),
            Optional(5),
            seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds),
            Part(3),
            score);
    }

    private static string Clean(string? value) => value?.Replace(Separator, ' ') ?? string.Empty;
}
