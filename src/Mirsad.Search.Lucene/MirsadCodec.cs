using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene40;
using Lucene.Net.Codecs.Lucene46;

namespace Mirsad.Search.Lucene;

/// <summary>
/// Lucene 4.6's codec with stored fields kept uncompressed. The stored fields are only the bodies
/// and standfirsts snippets are cut from; Lucene 4.6 compresses them in 16 KB chunks, so showing ten
/// snippets decompressed about half a chunk per hit (some 20 µs a hit, most of a results page's
/// snippet cost), where an uncompressed body is one seek and a copy (about 1 µs). The bodies take
/// about half as much room again on disk; only the ten shown per page are ever read.
/// </summary>
[CodecName("Mirsad46")]
internal sealed class MirsadCodec() : FilterCodec(new Lucene46Codec())
{
    private static readonly Lazy<MirsadCodec> Registered = new(() =>
    {
        // Segments name their codec; readers find it through the codec factory, which must know ours.
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(MirsadCodec)] });
        return new MirsadCodec();
    });

    private readonly StoredFieldsFormat _storedFields = new Lucene40StoredFieldsFormat();

    /// <summary>The codec, registered with Lucene's codec factory before any index is opened.</summary>
    public static MirsadCodec Instance => Registered.Value;

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;
}
