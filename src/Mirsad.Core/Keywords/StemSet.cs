using System.Collections;

namespace Mirsad.Core.Keywords;

/// <summary>
/// The few distinct stems of one candidate keyword. A list, not a hash set: a name or phrase has a
/// handful of words, and there are dozens of candidates in every article.
/// </summary>
internal sealed class StemSet : IEnumerable<string>
{
    private readonly List<string> _stems = new(3);

    public int Count => _stems.Count;

    public void AddRange(IEnumerable<string> stems)
    {
        foreach (var stem in stems)
        {
            if (!_stems.Contains(stem))
            {
                _stems.Add(stem);
            }
        }
    }

    public bool IsSubsetOf(StemSet other) => _stems.TrueForAll(other._stems.Contains);

    public bool IsSupersetOf(StemSet other) => other.IsSubsetOf(this);

    public IEnumerator<string> GetEnumerator() => _stems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
