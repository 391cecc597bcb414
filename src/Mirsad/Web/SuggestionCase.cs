using Mirsad.Core.Search;

namespace Mirsad.Web;

/// <summary>
/// Writes a spelling suggestion (the index's words are lower case) as a reader would: each word as the
/// keyword names that have it write it ("aleppo" as in "Aleppo", "idlib" as in "Idlib province"),
/// other words as they are.
/// </summary>
public static class SuggestionCase
{
    /// <summary>The suggestion with each word in the case the keyword vocabulary gives it.</summary>
    public static string Display(string suggestion, Func<string, IReadOnlyList<KeywordCompletion>> keywordsStartingWith)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(keywordsStartingWith);
        var words = suggestion.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length == 0 || word.Any(char.IsUpper) || !word.Any(char.IsLetter))
            {
                continue;
            }

            // The most used keyword that has this word decides its case.
            words[i] = keywordsStartingWith(word)
                .SelectMany(k => k.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .FirstOrDefault(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) ?? word;
        }

        return string.Join(' ', words);
    }
}
