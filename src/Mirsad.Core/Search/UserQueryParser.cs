using System.Text;

namespace Mirsad.Core.Search;

/// <summary>
/// Reads what a reader types into a search box: words, "exact phrases", OR (or |) between
/// alternatives, -exclusions and +requirements. It never fails: unbalanced quotes, stray operators
/// and syntax from other engines are read in the most sensible way and noted in
/// <see cref="ParsedQuery.Message"/>.
/// </summary>
public static class UserQueryParser
{
    /// <summary>Longest query read, in characters; the rest is ignored with a message.</summary>
    public const int MaxLength = 4000;

    /// <summary>Most groups read; the rest are ignored with a message.</summary>
    public const int MaxGroups = 256;

    private enum TokenKind { Term, Or }

    private readonly record struct Token(TokenKind Kind, QueryTerm? Term, char Prefix);

    /// <summary>Parses a query. Blank input gives an empty query.</summary>
    public static ParsedQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new ParsedQuery([], [], null);
        }

        var notes = new List<string>();
        var text = input;
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            notes.Add($"Only the first {MaxLength} characters of the query were used.");
        }

        var tokens = Tokenize(text, notes);
        return Build(tokens, notes);
    }

    private static List<Token> Tokenize(string text, List<string> notes)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            var prefix = '\0';
            if ((c is '-' or '+' or '−') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                prefix = c == '+' ? '+' : '-';
                i++;
                c = text[i];
            }

            if (c is '"' or '“' or '”' or '«' or '»')
            {
                i = ReadPhrase(text, i + 1, prefix, tokens, notes);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”' or '«' or '»'))
            {
                i++;
            }

            var word = CleanWord(text[start..i]);
            if (prefix == '\0' && word is "OR" or "|" or "||")
            {
                tokens.Add(new Token(TokenKind.Or, null, '\0'));
            }
            else if (prefix == '\0' && word is "AND" or "&&" or "&")
            {
                // "all words" is already how groups combine for ranking; AND adds nothing.
            }
            else if (word.Length > 0)
            {
                tokens.Add(new Token(TokenKind.Term, new QueryTerm(word, false), prefix));
            }
        }

        return tokens;
    }

    private static int ReadPhrase(string text, int start, char prefix, List<Token> tokens, List<string> notes)
    {
        var end = start;
        while (end < text.Length && text[end] is not ('"' or '“' or '”' or '«' or '»'))
        {
            end++;
        }

        if (end >= text.Length)
        {
            notes.Add("A closing quote was missing; the phrase was read to the end of the query.");
        }

        var phrase = CleanWord(text[start..Math.Min(end, text.Length)]);
        if (phrase.Length > 0)
        {
            var isPhrase = phrase.Any(char.IsWhiteSpace);
            tokens.Add(new Token(TokenKind.Term, new QueryTerm(phrase, isPhrase), prefix));
        }

        return end + 1;
    }

    // Syntax of other engines (field:value, wildcards, boosts, brackets) is read as plain words.
    private static string CleanWord(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            sb.Append(c is '(' or ')' or '[' or ']' or '{' or '}' or '*' or '?' or '~' or '^' or '\\' or ':' or '!' ? ' ' : c);
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    private static ParsedQuery Build(List<Token> tokens, List<string> notes)
    {
        var groups = new List<QueryGroup>();
        var excluded = new List<QueryTerm>();
        List<QueryTerm>? current = null;
        var currentRequired = false;
        var pendingOr = false;

        void Flush()
        {
            if (current is not null)
            {
                groups.Add(new QueryGroup(current, currentRequired));
                current = null;
            }
        }

        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Or)
            {
                pendingOr = current is not null;
                continue;
            }

            var term = token.Term!;
            if (token.Prefix == '-')
            {
                excluded.Add(term);
                pendingOr = false;
                continue;
            }

            if (pendingOr && current is not null)
            {
                current.Add(term);
                currentRequired |= token.Prefix == '+';
            }
            else
            {
                Flush();
                current = [term];
                currentRequired = token.Prefix == '+';
            }

            pendingOr = false;
        }

        Flush();
        if (groups.Count > MaxGroups)
        {
            groups.RemoveRange(MaxGroups, groups.Count - MaxGroups);
            notes.Add($"Only the first {MaxGroups} words or phrases were used.");
        }

        if (groups.Count == 0 && excluded.Count > 0)
        {
            notes.Add("The query only excludes words; showing everything else.");
        }

        return new ParsedQuery(groups, excluded, notes.Count == 0 ? null : string.Join(' ', notes));
    }
}
