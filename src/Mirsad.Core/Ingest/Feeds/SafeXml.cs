using System.Xml;
using System.Xml.Linq;

namespace Mirsad.Core.Ingest.Feeds;

/// <summary>
/// Reads untrusted XML: no DTDs (so no entity expansion and no external entities), a bound on size and
/// on element depth, and invalid control characters tolerated. Errors become <see cref="FeedFormatException"/>.
/// </summary>
public static class SafeXml
{
    /// <summary>Deepest element nesting accepted; real feeds stay under ten.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="text"/> into a document.</summary>
    public static XDocument Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = 100_000_000,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            // A first pass bounds the depth, so nothing after it (LINQ to XML, the feed library) recurses deeply.
            using (var scan = XmlReader.Create(new StringReader(text), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        throw new FeedFormatException($"elements nested deeper than {MaxDepth} levels");
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedFormatException("the document declares a DTD, which feeds never need (entity expansion is refused)", e);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"not well-formed XML: {e.Message}", e);
        }
    }
}
