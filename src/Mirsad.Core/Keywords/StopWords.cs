using System.Reflection;
using Mirsad.Core.Text;

namespace Mirsad.Core.Keywords;

/// <summary>Words that never make a keyword on their own, in English and Arabic (shipped as resources).</summary>
internal static class StopWords
{
    public static HashSet<string> English { get; } = Load("stopwords-en.txt", arabic: false);

    public static HashSet<string> Arabic { get; } = Load("stopwords-ar.txt", arabic: true);

    public static bool Contains(KeywordToken token) =>
        token.Arabic ? Arabic.Contains(ArabicNormalizer.Fold(token.Text)) || Arabic.Contains(token.Key) : English.Contains(token.Key);

    private static HashSet<string> Load(string name, bool arabic)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mirsad.Core.Keywords." + name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(arabic ? ArabicNormalizer.Fold(word) : word.ToLowerInvariant());
            }
        }

        return set;
    }
}
