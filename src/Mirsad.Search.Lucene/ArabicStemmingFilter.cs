using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Mirsad.Core.Text;

namespace Mirsad.Search.Lucene;

/// <summary>Stems each token with <see cref="ArabicStemmer"/> in the term buffer; a token that folds to nothing (a lone tatweel) is dropped.</summary>
internal sealed class ArabicStemmingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ArabicStemmingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = _term.Length;
            var buffer = _term.ResizeBuffer(length + ArabicStemmer.MaxGrowth);
            length = ArabicStemmer.Stem(buffer.AsSpan(), length);
            if (length > 0)
            {
                _term.Length = length;
                return true;
            }
        }

        return false;
    }
}
