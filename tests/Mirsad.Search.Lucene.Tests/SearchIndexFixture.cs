using Mirsad.Core.Articles;
using Mirsad.Core.Keywords;
using Mirsad.Core.Sources;

namespace Mirsad.Search.Lucene.Tests;

/// <summary>A small real index on disk, shared by the read-only search tests.</summary>
public sealed class SearchIndexFixture : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("mirsad-index-").FullName;

    public SearchIndexFixture()
    {
        Index = LuceneSearchIndex.OpenForWriting(_path);
        Index.Upsert(Articles);
        Index.Commit(Articles.Count);
    }

    public LuceneSearchIndex Index { get; }

    public static IReadOnlyList<Article> Articles { get; } =
    [
        Make("a1", "Chemical attack in Idlib kills dozens", "A suspected chemical attack on Khan Shaykhun in Idlib province killed dozens, including children, the monitor said.", "reuters", "Reuters", 2017, ["idlib", "chemical-weapons"]),
        Make("a2", "Putin calls for cooperation with Syria", "Russian President Vladimir Putin sent a message to Ahmad al-Sharaa about the Hmeimim and Tartus bases.", "syria-tv", "Syria TV", 2025, ["vladimir-putin", "russia"]),
        Make("a3", "Aleppo shelling leaves civilians dead", "Shelling of Aleppo killed civilians while Russian jets struck rebel positions near Idlib.", "sana", "SANA", 2016, ["aleppo", "russia"]),
        Make("a4", "Air strikes hit hospital in Idlib", "Air strikes hit a hospital in Idlib; <script>alert('x')</script> doctors said the attack was deliberate.", "trt", "TRT World", 2016, ["idlib"]),
        Make("a5", "الشرع يلتقي بوتين في موسكو", "التقى الرئيس أحمد الشرع بالرئيس الروسي فلاديمير بوتين في موسكو لبحث العلاقات.", "syria-tv", "Syria TV", 2025, ["vladimir-putin"], "ar"),
        Make("a6", "Draft about Idlib", "Never shown.", "sana", "SANA", 2018, [], status: ArticleStatus.Draft),
    ];

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    public static Article Make(string id, string headline, string body, string source, string sourceName, int year, string[] keywords, string language = "en", ArticleStatus status = ArticleStatus.Published) => new()
    {
        Id = id,
        Slug = id + "-slug",
        Headline = headline,
        Body = [ArticleBlock.Paragraph(body)],
        Language = language,
        PublishedAt = new DateTimeOffset(year, 3, 1, 0, 0, 0, TimeSpan.Zero),
        Source = new SourceOutlet(source, sourceName),
        Section = "News",
        Keywords = keywords.Select(k => new ArticleKeyword(k, k.Replace('-', ' '), KeywordKind.Topic)).ToList(),
        Status = status,
    };
}
