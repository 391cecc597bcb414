using System.IO.Compression;
using System.Reflection;

namespace Mirsad.Core.Keywords.Grammar;

/// <summary>
/// The word classes English words can take: closed-class words from a hand-written list, open-class
/// lemmas (with their likeliest class from corpus sense counts) and irregular forms from WordNet,
/// regular inflections (-s, -ed, -ing, -er, -ly) by rule, and unknown words by their suffix.
/// Shipped as resources; loaded once.
/// </summary>
internal sealed class EnglishLexicon
{
    private static readonly string[] AdjectiveSuffixes = ["ous", "ful", "ive", "able", "ible", "al", "ic", "ical", "ish", "less", "ary", "ant", "ent", "ian", "ese"];
    // Verbs whose past tense is spelled as their base ("the tornado hit", "the fire spread"): WordNet lists no form for them.
    private static readonly HashSet<string> UnchangedPast = new(StringComparer.Ordinal)
    {
        "hit", "spread", "put", "set", "cut", "cost", "let", "shut", "hurt", "quit", "burst", "cast", "broadcast", "bet", "split", "thrust", "upset", "beat", "bid", "forecast", "read",
    };

    // Grades and hedges that are no superlative by spelling (see IsGrading).
    private static readonly HashSet<string> Grading = new(StringComparer.Ordinal)
    {
        "best", "worst", "most", "least", "first", "last", "next", "alleged", "suspected", "apparent", "purported", "so-called", "possible", "probable",
    };

    private static readonly string[] Prefixes = ["re", "un", "over", "under", "out", "pre", "mis", "dis", "co"];

    private static readonly string[] NounSuffixes = ["tion", "sion", "ment", "ness", "ity", "ism", "ist", "er", "or", "ship", "hood", "ance", "ence", "age", "ure"];

    private readonly Dictionary<string, WordReading> _function;
    private readonly Dictionary<string, WordReading> _lemmas;
    private readonly Dictionary<string, (string Lemma, WordClass Class)> _irregular;
    private readonly Dictionary<string, WordReading>.AlternateLookup<ReadOnlySpan<char>> _lemmaLookup;

    private EnglishLexicon(Dictionary<string, WordReading> function, Dictionary<string, WordReading> lemmas, Dictionary<string, (string, WordClass)> irregular)
    {
        _function = function;
        _lemmas = lemmas;
        _irregular = irregular;
        _lemmaLookup = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EnglishLexicon Default { get; } = Load();

    public bool IsFunctionWord(string word) => _function.ContainsKey(word);

    /// <summary>
    /// True for a word that grades or hedges what it qualifies rather than naming a kind of it: superlatives
    /// ("largest", "worst", "biggest") and hedges ("alleged", "suspected"). "the worst oil spill" is about an
    /// oil spill; a keyword keeps the kind, not the grade.
    /// </summary>
    public bool IsGrading(string word)
    {
        if (Grading.Contains(word))
        {
            return true;
        }

        if (word.Length < 6 || !word.EndsWith("est", StringComparison.Ordinal) || _lemmas.ContainsKey(word))
        {
            return false; // "honest", "modest", "forest" are words of their own
        }

        return Base(word.AsSpan(0, word.Length - 3), prefer: WordClass.None) is { } stem && stem.Can(WordClass.Adjective);
    }

    /// <summary>True when the word is a known English word or a regular form of one ("athletes", "expressed").</summary>
    public bool IsKnown(string word) =>
        _function.ContainsKey(word) || _lemmas.ContainsKey(word) || _irregular.ContainsKey(word) || Inflected(word).Options != WordClass.None;

    /// <summary>True for a regular plural ("tornadoes", "rebels") but not a word WordNet lists in the plural ("arms", "news", "sales").</summary>
    public bool IsPlural(string word) =>
        word.Length > 3 && word[^1] == 's' && !_lemmas.ContainsKey(word) && !_function.ContainsKey(word) && Inflected(word).Can(WordClass.Noun);

    /// <summary>The reading of one lower-case word.</summary>
    public WordReading Read(string word)
    {
        if (_function.TryGetValue(word, out var function))
        {
            return function;
        }

        if (word.Length > 0 && char.IsDigit(word[0]))
        {
            return WordReading.Of(WordClass.Number);
        }

        if (word == "says")
        {
            return WordReading.Of(WordClass.Verb); // news's commonest verb; "says" as a plural noun hardly occurs
        }

        var irregular = _irregular.TryGetValue(word, out var form) ? form.Class : UnchangedPast.Contains(word) ? WordClass.PastVerb : WordClass.None;
        if (_lemmas.TryGetValue(word, out var lemma))
        {
            var inflectedToo = word.Length > 3 && (word[^1] == 's' || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))
                ? Inflected(word)
                : default;
            // "won", "spoke", "left": a past tense first, whatever rare noun shares the spelling.
            return new WordReading(lemma.Options | inflectedToo.Options | irregular, irregular == WordClass.PastVerb && !UnchangedPast.Contains(word) ? irregular : lemma.Likely);
        }

        if (irregular != WordClass.None)
        {
            return WordReading.Of(irregular);
        }

        var inflected = Inflected(word);
        return inflected.Options != WordClass.None ? inflected : Prefixed(word) ?? Guess(word);
    }

    // "recirculate", "overpaid", "misreads": a known word behind a common prefix reads as that word.
    private WordReading? Prefixed(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = word[prefix.Length..];
                if (_lemmas.ContainsKey(rest) || _irregular.ContainsKey(rest) || Inflected(rest).Options != WordClass.None)
                {
                    return Read(rest);
                }
            }
        }

        return null;
    }

    private WordReading Inflected(string w)
    {
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            var b = (w.EndsWith("ies", StringComparison.Ordinal) ? Lemma(w.AsSpan(0, w.Length - 3), 'y') : Lemma(w.AsSpan(0, w.Length - 1)))
                ?? (w.EndsWith("es", StringComparison.Ordinal) ? Lemma(w.AsSpan(0, w.Length - 2)) : null);
            if (b is { } plural)
            {
                var options = (plural.Can(WordClass.Noun) ? WordClass.Noun : 0) | (plural.Can(WordClass.Verb) ? WordClass.Verb : 0);
                if (options != WordClass.None)
                {
                    return new WordReading(options, plural.Likely == WordClass.Verb || (options & WordClass.Noun) == 0 ? WordClass.Verb : WordClass.Noun);
                }
            }
        }

        if (w.Length == 4 && w.EndsWith("ed", StringComparison.Ordinal) && Lemma(w.AsSpan(0, 2), 'e') is { } shortPast && shortPast.Can(WordClass.Verb))
        {
            return WordReading.Of(WordClass.PastVerb); // "used", "owed", "aged"
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && VerbBase(w.AsSpan(0, w.Length - 2)) is { } past)
        {
            return past.Can(WordClass.Verb) ? WordReading.Of(WordClass.PastVerb) : WordReading.Of(WordClass.Adjective);
        }

        if (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && VerbBase(w.AsSpan(0, w.Length - 3)) is { Options: var o } && (o & WordClass.Verb) != 0)
        {
            return new WordReading(WordClass.Gerund | WordClass.Noun, WordClass.Gerund);
        }

        if (w.Length > 4 && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("est", StringComparison.Ordinal)))
        {
            var stem = w.AsSpan(0, w.Length - (w.EndsWith("er", StringComparison.Ordinal) ? 2 : 3));
            if ((Lemma(stem) ?? Lemma(stem, 'e') ?? (stem[^1] == 'i' ? Lemma(stem[..^1], 'y') : null)) is { } adj && adj.Can(WordClass.Adjective))
            {
                return WordReading.Of(WordClass.Adjective);
            }
        }

        if (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && Lemma(w.AsSpan(0, w.Length - 2)) is { } adverbOf && adverbOf.Can(WordClass.Adjective))
        {
            return WordReading.Of(WordClass.Adverb);
        }

        return default;
    }

    // The base an -ed or -ing was cut from ("hopp" → "hop", "fil" → "file", "carri" → "carry"),
    // a verb first: "fired" is "fire", not the tree "fir".
    private WordReading? VerbBase(ReadOnlySpan<char> stem) => Base(stem, WordClass.Verb);

    // The base a suffix was cut from, trying the spellings in turn ("larg" → "large", "bigg" → "big",
    // "carri" → "carry"): the first that can be `prefer` (none: no preference), else the first found.
    private WordReading? Base(ReadOnlySpan<char> stem, WordClass prefer)
    {
        if (stem.Length < 2)
        {
            return null;
        }

        WordReading? first = null;
        foreach (var candidate in (ReadOnlySpan<WordReading?>)[
            Lemma(stem), Lemma(stem, 'e'),
            stem.Length > 2 && stem[^1] == stem[^2] ? Lemma(stem[..^1]) : null,
            stem[^1] == 'i' ? Lemma(stem[..^1], 'y') : null])
        {
            if (candidate is { } reading && reading.Can(prefer))
            {
                return reading;
            }

            first ??= candidate;
        }

        return first;
    }

    private WordReading? Lemma(ReadOnlySpan<char> word) => _lemmaLookup.TryGetValue(word, out var r) ? r : null;

    private WordReading? Lemma(ReadOnlySpan<char> word, char append)
    {
        if (word.Length >= 63)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[word.Length + 1];
        word.CopyTo(buffer);
        buffer[^1] = append;
        return Lemma(buffer);
    }

    private static WordReading Guess(string w)
    {
        if (w.EndsWith("ly", StringComparison.Ordinal))
        {
            return WordReading.Of(WordClass.Adverb);
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            return new WordReading(WordClass.Gerund | WordClass.Noun, WordClass.Gerund);
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            return new WordReading(WordClass.PastVerb | WordClass.Adjective, WordClass.PastVerb);
        }

        if (w.Length > 5 && (w.EndsWith("ize", StringComparison.Ordinal) || w.EndsWith("ise", StringComparison.Ordinal) || w.EndsWith("ify", StringComparison.Ordinal)))
        {
            return new WordReading(WordClass.Verb | WordClass.Noun, WordClass.Verb); // "weaponize", "securitise", "gentrify"
        }

        if (NounSuffixes.Any(s => w.EndsWith(s, StringComparison.Ordinal)))
        {
            return WordReading.Of(WordClass.Noun);
        }

        if (AdjectiveSuffixes.Any(s => w.EndsWith(s, StringComparison.Ordinal)))
        {
            return new WordReading(WordClass.Adjective | WordClass.Noun, WordClass.Adjective);
        }

        return WordReading.Of(WordClass.Noun);
    }

    private static EnglishLexicon Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var function = new Dictionary<string, WordReading>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Open(assembly, "function-words-en.txt")))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || parts[0].StartsWith('#'))
                {
                    continue;
                }

                var c = FunctionClass(parts[0]);
                foreach (var word in parts.Skip(1))
                {
                    function[word] = function.TryGetValue(word, out var r) ? r with { Options = r.Options | c } : WordReading.Of(c);
                }
            }
        }

        var lemmas = new Dictionary<string, WordReading>(90_000, StringComparer.Ordinal);
        var irregular = new Dictionary<string, (string, WordClass)>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(Open(assembly, "lexicon-en.txt.gz"), CompressionMode.Decompress)))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var parts = line.Split('\t');
                if (line.StartsWith('#') || parts.Length < 2)
                {
                    continue;
                }

                if (parts[1].StartsWith('=') && parts.Length > 2)
                {
                    var c = parts[2] switch { "v" => WordClass.PastVerb, "a" => WordClass.Adjective, _ => WordClass.Noun };
                    irregular.TryAdd(parts[0], (parts[1][1..], c));
                    continue;
                }

                var options = WordClass.None;
                foreach (var letter in parts[1])
                {
                    options |= Open(letter);
                }

                lemmas[parts[0]] = new WordReading(options, Open(parts[1][0]));
            }
        }

        return new EnglishLexicon(function, lemmas, irregular);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream("Mirsad.Core.Keywords." + name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the assembly.");

    private static WordClass Open(char letter) => letter switch
    {
        'v' => WordClass.Verb,
        'a' => WordClass.Adjective,
        'r' => WordClass.Adverb,
        _ => WordClass.Noun,
    };

    private static WordClass FunctionClass(string name) => name switch
    {
        "det" => WordClass.Determiner,
        "pron" => WordClass.Pronoun,
        "prep" => WordClass.Preposition,
        "conj" => WordClass.Conjunction,
        "aux" => WordClass.Auxiliary,
        "modal" => WordClass.Modal,
        "to" => WordClass.To,
        "not" => WordClass.Negation,
        "wh" => WordClass.Wh,
        "adv" => WordClass.Adverb,
        "num" => WordClass.Number,
        _ => throw new InvalidOperationException($"Unknown word class '{name}' in function-words-en.txt."),
    };
}
