using System.Numerics;
using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest.Dedupe;

/// <summary>
/// A 64-bit SimHash of a text's word 3-shingles (words lower-cased, Arabic spelling folded): texts that
/// share most of their shingles get fingerprints a few bits apart, so a syndicated copy with a changed
/// line or a different dateline is found by counting differing bits.
/// </summary>
public static class SimHash
{
    /// <summary>Texts with fewer words get no fingerprint: too short to call near-duplicates.</summary>
    public const int MinWords = 25;

    private const int ShingleSize = 3;
    private const int MaxWords = 5_000;

    /// <summary>The fingerprint of <paramref name="text"/>, or null when it is too short.</summary>
    public static long? Compute(string? text)
    {
        var words = Words(text);
        if (words.Count < MinWords)
        {
            return null;
        }

        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var hash = Fnv(words[i], Fnv(words[i + 1], Fnv(words[i + 2], 14695981039346656037UL)));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += (hash >> bit & 1) == 1 ? 1 : -1;
            }
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return unchecked((long)fingerprint);
    }

    /// <summary>Bits in which two fingerprints differ (0 to 64).</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        for (var i = 0; i <= text.Length && words.Count < MaxWords; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(ArabicNormalizer.Fold(text[start..i]).ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static ulong Fnv(string word, ulong seed)
    {
        var hash = seed;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        hash ^= 0x9E3779B97F4A7C15UL; // word separator, so that "ab c" and "a bc" differ
        hash *= 1099511628211UL;

        // FNV's low bits mix poorly; a final avalanche spreads every input bit over all 64.
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return hash;
    }
}
