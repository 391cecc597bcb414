using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>
/// The matching key of a name: case, diacritics, possessives, hyphens, "al-"/"Al "/"the" and Arabic
/// spelling variants are ignored, so "Ahmad al-Sharaa", "AHMAD AL SHARAA" and "Ahmad Al-Sharaa's"
/// share one key.
/// </summary>
public static class KeywordNormalizer
{
    /// <summary>The key of a name; empty when the name has no letters or digits.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var tokens = KeywordTokenizer.Tokenize(name, caseIsInformative: false);
        return string.Join(' ', tokens.Where(t => !t.IsArticle).Select(t => t.Key));
    }

    /// <summary>True when a name is written as an acronym ("US", "U.S.", "HTS"), which only matches upper-case text.</summary>
    public static bool IsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c) || Script.IsArabic(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not '.' && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }
}
