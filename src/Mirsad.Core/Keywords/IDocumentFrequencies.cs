namespace Mirsad.Core.Keywords;

/// <summary>How common a word is across a collection, so that rare topic words weigh more.</summary>
public interface IDocumentFrequencies
{
    /// <summary>Documents in the collection.</summary>
    int DocumentCount { get; }

    /// <summary>Documents that contain the word key (as made by the keyword tokenizer).</summary>
    int DocumentFrequency(string key);
}
