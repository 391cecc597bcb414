using System.Reflection;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// The known keywords and every alias they go by, as a word trie for finding them in text. Built from
/// the vocabulary that ships with Mirsad and any the operator or editors add; immutable once built.
/// </summary>
public sealed class KeywordVocabulary
{
    private static readonly HashSet<string> SiteWords = new(StringComparer.Ordinal)
    {
        "base", "bases", "airbase", "port", "prison", "camp", "airport", "dam", "crossing", "قاعدة", "مطار", "سجن", "مخيم", "ميناء",
    };

    private readonly Dictionary<string, Match> _byKey;
    private readonly HashSet<string> _sites;
    private readonly TrieNode _root = new();

    private KeywordVocabulary(Dictionary<string, Match> byKey)
    {
        _byKey = byKey;
        foreach (var (key, match) in byKey)
        {
            var node = _root;
            foreach (var part in key.Split(' '))
            {
                node = node.Child(part);
            }

            node.Terminal = match;
        }

        _sites = byKey.Values
            .Where(m => m.Entry.Kind == KeywordKind.Place && m.Spellings.Any(a => KeywordNormalizer.Key(a).Split(' ').Any(SiteWords.Contains)))
            .Select(m => m.Entry.Slug)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Number of keys (names and aliases) known.</summary>
    public int KeyCount => _byKey.Count;

    /// <summary>Distinct keywords known.</summary>
    public IEnumerable<VocabularyEntry> Entries => _byKey.Values.Select(m => m.Entry).Distinct();

    /// <summary>The vocabulary that ships with Mirsad.</summary>
    public static KeywordVocabulary Default { get; } = LoadDefault();

    /// <summary>An empty vocabulary.</summary>
    public static KeywordVocabulary Empty { get; } = new([]);

    /// <summary>Builds a vocabulary from TSV text ("kind TAB name TAB alias|alias"), adding to <paramref name="basis"/>.</summary>
    public static KeywordVocabulary Parse(TextReader reader, KeywordVocabulary? basis = null)
    {
        var byKey = new Dictionary<string, Match>(basis?._byKey ?? [], StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 2 || !TryParseKind(cols[0], out var kind) || string.IsNullOrWhiteSpace(cols[1]))
            {
                continue;
            }

            var scope = cols.Length > 3 && !string.IsNullOrWhiteSpace(cols[3]) ? cols[3].Trim() : null;
            var entry = new VocabularyEntry(cols[1].Trim(), kind, Slug.From(cols[1]), scope);
            Add(byKey, cols[1].Trim(), entry, weak: false);
            if (cols.Length > 2)
            {
                foreach (var alias in cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var weak = alias.StartsWith('~');
                    Add(byKey, weak ? alias[1..] : alias, entry, weak);
                }
            }
        }

        return new KeywordVocabulary(byKey);
    }

    /// <summary>Returns a vocabulary with the given entries and aliases added (later ones win).</summary>
    public KeywordVocabulary With(IEnumerable<(VocabularyEntry Entry, IEnumerable<string> Aliases)> additions)
    {
        var byKey = new Dictionary<string, Match>(_byKey, StringComparer.Ordinal);
        var replaced = new Dictionary<string, VocabularyEntry>(StringComparer.Ordinal);
        foreach (var (entry, aliases) in additions)
        {
            Add(byKey, entry.Name, entry, weak: false, overwrite: true);
            foreach (var alias in aliases)
            {
                Add(byKey, alias, entry, weak: false, overwrite: true);
            }

            replaced.TryAdd(entry.Slug, entry);
        }

        // A keyword given again under its slug (renamed, kind changed) keeps the aliases it already had.
        foreach (var (key, match) in byKey.ToList())
        {
            if (replaced.TryGetValue(match.Entry.Slug, out var entry) && match.Entry != entry)
            {
                byKey[key] = match with { Entry = entry };
            }
        }

        return new KeywordVocabulary(byKey);
    }

    /// <summary>Resolves a name or alias to its keyword.</summary>
    public bool TryResolve(string name, out VocabularyEntry entry)
    {
        if (_byKey.TryGetValue(KeywordNormalizer.Key(name), out var match) && !match.AcronymOnly)
        {
            entry = match.Entry;
            return true;
        }

        if (KeywordNormalizer.IsAcronym(name) && _byKey.TryGetValue(KeywordNormalizer.Key(name), out match))
        {
            entry = match.Entry;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// True for a place that is a single site (a base, port, camp, prison, airport, dam or crossing),
    /// known by such a word in one of its names ("Hmeimim Air Base", "Tartus naval base").
    /// </summary>
    public bool IsSite(string slug) => _sites.Contains(slug);

    /// <summary>Every alias known for an entry, for display on its page.</summary>
    public IReadOnlyList<string> AliasesOf(string slug) =>
        _byKey.Values.Where(m => m.Entry.Slug == slug).SelectMany(m => m.Spellings).Distinct().ToList();

    /// <summary>
    /// Finds the longest known name starting at <paramref name="start"/>; returns the number of tokens
    /// it covers (0 when none).
    /// </summary>
    internal int MatchAt(IReadOnlyList<KeywordToken> tokens, int start, out Match? match)
    {
        match = null;
        var node = _root;
        var length = 0;
        var allCaps = true;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > start && token.BreakBefore)
            {
                break;
            }

            if (token.IsArticle)
            {
                continue;
            }

            // "Syrias", "Assads": a possessive written without its apostrophe (as some feeds strip them).
            if (!node.TryGet(token.Key, out var next)
                && !(token.Capitalized && token.Key.Length > 3 && token.Key[^1] == 's' && node.TryGet(token.Key[..^1], out next)))
            {
                break;
            }

            node = next;
            allCaps &= token.AllCaps || token.Text.Contains('.', StringComparison.Ordinal);
            if (node.Terminal is { } terminal && (!terminal.AcronymOnly || allCaps))
            {
                match = terminal;
                length = i - start + 1;
            }
        }

        return length;
    }

    private static void Add(Dictionary<string, Match> byKey, string alias, VocabularyEntry entry, bool weak, bool overwrite = false)
    {
        var key = KeywordNormalizer.Key(alias);
        if (key.Length == 0)
        {
            return;
        }

        var acronym = KeywordNormalizer.IsAcronym(alias);
        if (byKey.TryGetValue(key, out var existing) && !overwrite)
        {
            if (existing.Entry == entry)
            {
                byKey[key] = existing with { AcronymOnly = existing.AcronymOnly && acronym, Weak = existing.Weak && weak, Spellings = [.. existing.Spellings, alias] };
            }

            return; // the first keyword to claim a key keeps it
        }

        byKey[key] = new Match(entry, weak, acronym, [alias]);
    }

    private static bool TryParseKind(string text, out KeywordKind kind)
    {
        kind = text.Trim().ToLowerInvariant() switch
        {
            "person" => KeywordKind.Person,
            "organisation" or "organization" or "org" => KeywordKind.Organisation,
            "place" => KeywordKind.Place,
            "topic" => KeywordKind.Topic,
            _ => (KeywordKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    private static KeywordVocabulary LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mirsad.Core.Keywords.vocabulary.tsv")
            ?? throw new InvalidOperationException("The shipped keyword vocabulary is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal sealed record Match(VocabularyEntry Entry, bool Weak, bool AcronymOnly, IReadOnlyList<string> Spellings);

    private sealed class TrieNode
    {
        private Dictionary<string, TrieNode>? _children;

        public Match? Terminal { get; set; }

        public TrieNode Child(string key)
        {
            _children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child))
            {
                child = new TrieNode();
                _children[key] = child;
            }

            return child;
        }

        public bool TryGet(string key, out TrieNode next)
        {
            if (_children is not null && _children.TryGetValue(key, out var child))
            {
                next = child;
                return true;
            }

            next = null!;
            return false;
        }
    }
}
