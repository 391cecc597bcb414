using System.Reflection;

namespace Mirsad.Core.Text;

/// <summary>
/// Reduces an Arabic word to the stem search matches on, so every written form of a word finds the
/// others: letter variants folded (alef forms, a hamza on any seat, alef maqsura, taa marbuta, Persian
/// kaf and yaa, diacritics, tatweel, Arabic-Indic digits); the definite article with the clitics before it
/// (وال, بال, كال, فال, لل, وبال, ...) and the conjunction و (kept where it belongs to the word:
/// وزير, وطن); attached pronouns (ها, هم, كم, نا, ...) with a taa marbuta restored before them
/// (حكومتها → حكومة); broken plurals mapped to their singular from a dictionary (أسعار → سعر, دول →
/// دولة); then the light suffixes of number and gender (ات, ان, ون, ين, ية, ي, ة) as Larkey's light10
/// stemmer strips them. Singular, plural, dual, with and without the article and a pronoun, all give
/// one stem. Never throws; works in place on a span so the index pays no allocation per token.
/// </summary>
public static class ArabicStemmer
{
    // Longest first: the article with the clitics that attach before it.
    private static readonly string[] ArticlePrefixes = ["وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];

    // Attached pronouns strong enough to strip (single letters are left to the light suffixes), with the
    // shortest stem each leaves: هم, هن and كم end many words of their own (مساهم, درهم, محاكم).
    private static readonly (string Suffix, int MinimumStem)[] PronounSuffixes =
        [("هما", 3), ("كما", 3), ("هم", 4), ("هن", 4), ("كم", 4), ("ها", 3), ("نا", 3)];

    // Larkey's light10 suffixes, each tried once in this order (ة and ية are already folded to ه and يه).
    private static readonly string[] LightSuffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    // Initialised in this order: the stems of the و-words are made with the plurals already loaded.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Plurals = LoadPlurals();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WawStems = LoadWawStems();

    /// <summary>The longest stem a word can take after its plural is mapped to a singular.</summary>
    public const int MaxGrowth = 8;

    /// <summary>The stem of one word (folded, no clitics, singular); a non-Arabic word comes back folded only.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var buffer = new char[word.Length + MaxGrowth];
        word.CopyTo(buffer);
        return new string(buffer, 0, Stem(buffer, word.Length));
    }

    /// <summary>
    /// Stems the word in <paramref name="buffer"/>[..<paramref name="length"/>] in place and returns the
    /// stem's length; the buffer needs <see cref="MaxGrowth"/> characters to spare (a singular may be
    /// longer than its plural).
    /// </summary>
    public static int Stem(Span<char> buffer, int length)
    {
        length = Fold(buffer, length);
        if (length < 3)
        {
            return length;
        }

        if (buffer[0] == 'و' && length >= 4 && !StartsWithArticle(buffer[..length]))
        {
            // The conjunction "and", unless و is the word's own first letter (وزير, وطني, وزراء).
            Span<char> kept = stackalloc char[length + MaxGrowth];
            buffer[..length].CopyTo(kept);
            var keptLength = StemWithoutConjunction(kept, length);
            if (WawStems.Contains(kept[..keptLength]))
            {
                kept[..keptLength].CopyTo(buffer);
                return keptLength;
            }

            buffer[1..length].CopyTo(buffer);
            length--;
        }

        return StemWithoutConjunction(buffer, length);
    }

    private static int StemWithoutConjunction(Span<char> buffer, int length)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (length - prefix.Length >= 2 && buffer[..length].StartsWith(prefix, StringComparison.Ordinal))
            {
                buffer[prefix.Length..length].CopyTo(buffer);
                length -= prefix.Length;
                break;
            }
        }

        if (!Singular(buffer, ref length) && StripPronoun(buffer, ref length))
        {
            Singular(buffer, ref length); // a plural with a pronoun: أسعارها
        }

        return StripLightSuffixes(buffer, length);
    }

    private static int StripLightSuffixes(Span<char> buffer, int length)
    {
        foreach (var suffix in LightSuffixes)
        {
            var stripped = StripSuffix(buffer, length, suffix, 2);
            if (stripped != length && suffix is "ان" or "ين" && stripped >= 4 && buffer[stripped - 1] == 'ت')
            {
                buffer[stripped - 1] = 'ه'; // a dual keeps its taa marbuta as ت: طائرتين, طائرتان
            }

            length = stripped;
        }

        return length;
    }

    private static bool StripPronoun(Span<char> buffer, ref int length)
    {
        foreach (var (suffix, minimumStem) in PronounSuffixes)
        {
            var stripped = StripSuffix(buffer, length, suffix, minimumStem);
            if (stripped == length)
            {
                continue;
            }

            length = stripped;
            if (buffer[length - 1] == 'ت' && length >= 4)
            {
                if (buffer[length - 2] == 'ا')
                {
                    length -= 2; // the feminine plural before a pronoun: قواتها
                }
                else
                {
                    buffer[length - 1] = 'ه'; // a taa marbuta is written ت before a pronoun: حكومتها
                }
            }

            return true;
        }

        return false;
    }

    private static bool Singular(Span<char> buffer, ref int length)
    {
        if (!Plurals.TryGetValue(buffer[..length], out var singular) || singular.Length > buffer.Length)
        {
            return false;
        }

        singular.CopyTo(buffer);
        length = singular.Length;
        return true;
    }

    private static int StripSuffix(Span<char> buffer, int length, string suffix, int minimumStem) =>
        length - suffix.Length >= minimumStem && buffer[..length].EndsWith(suffix, StringComparison.Ordinal) ? length - suffix.Length : length;

    private static bool StartsWithArticle(ReadOnlySpan<char> word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.Length - prefix.Length >= 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds letter variants in place, drops diacritics and tatweel; returns the new length.</summary>
    public static int Fold(Span<char> buffer, int length)
    {
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            switch (c)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    c = 'ا';
                    break;
                case 'ى' or 'ی' or 'ې':
                    c = 'ي';
                    break;
                case 'ؤ' or 'ئ':
                    c = 'ء'; // the seat of a hamza is spelled both ways: مسؤول, مسئول
                    break;
                case 'ة':
                    c = 'ه';
                    break;
                case 'ک':
                    c = 'ك';
                    break;
                case >= '٠' and <= '٩':
                    c = (char)('0' + (c - '٠'));
                    break;
                case >= '۰' and <= '۹':
                    c = (char)('0' + (c - '۰'));
                    break;
                case 'ـ' or (>= '\u064B' and <= '\u065F') or '\u0670':
                    continue;
            }

            buffer[n++] = c;
        }

        return n;
    }

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LoadPlurals()
    {
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines("arabic-plurals.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                plurals[Folded(line[..tab])] = Folded(line[(tab + 1)..]);
            }
        }

        return plurals.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The stems of the words that begin with a radical و, as the stemmer makes them with the و kept.
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadWawStems()
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Lines("arabic-waw-words.txt"))
        {
            var buffer = new char[word.Length + MaxGrowth];
            word.CopyTo(buffer);
            stems.Add(new string(buffer, 0, StemWithoutConjunction(buffer, Fold(buffer, word.Length))));
        }

        return stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string Folded(string word)
    {
        var buffer = word.Trim().ToCharArray();
        return new string(buffer, 0, Fold(buffer, buffer.Length));
    }

    private static List<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mirsad.Core.Text." + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from Mirsad.Core.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
