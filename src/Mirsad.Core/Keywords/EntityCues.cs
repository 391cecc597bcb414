namespace Mirsad.Core.Keywords;

/// <summary>The words around a capitalised name that say what it names.</summary>
internal static class EntityCues
{
    /// <summary>Titles and roles written before a person's name ("Deputy Foreign Minister Sergei Bogdanov").</summary>
    public static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "president", "vice", "prime", "minister", "foreign", "deputy", "defence", "defense", "interior", "secretary",
        "general", "gen", "spokesman", "spokesperson", "spokeswoman", "mr", "mrs", "ms", "dr", "sheikh", "shaikh",
        "king", "prince", "crown", "emir", "ayatollah", "colonel", "col", "brigadier", "major", "lieutenant", "lt",
        "commander", "chief", "envoy", "ambassador", "senator", "sen", "rep", "governor", "mayor", "judge", "pope",
        "sultan", "queen", "lord", "sir", "chairman", "chairwoman", "director", "leader", "special", "un", "us",
        "former", "acting", "interim", "transitional", "syrian", "russian", "iranian", "turkish", "american", "french",
        "british", "israeli", "lebanese", "iraqi", "saudi", "qatari", "jordanian", "egyptian", "kurdish", "economy",
        "information", "health", "finance", "justice", "energy", "oil", "trade", "economic", "presidential", "chancellor",
        "gov", "officer", "prosecutor", "attorney", "sergeant", "sgt", "captain", "capt", "admiral", "adm", "inspector",
        "detective", "sheriff", "commissioner", "superintendent", "congressman", "congresswoman", "councilman",
        "councilwoman", "assemblyman", "assemblywoman", "rev", "cardinal", "bishop", "archbishop", "professor", "prof",
        "actor", "actress", "coach", "miss",
    };

    /// <summary>Roles that certainly introduce a person (the others may also start an organisation's name).</summary>
    public static readonly HashSet<string> PersonRoles = new(StringComparer.Ordinal)
    {
        "president", "minister", "spokesman", "spokesperson", "spokeswoman", "mr", "mrs", "ms", "dr", "sheikh", "king",
        "prince", "emir", "ayatollah", "colonel", "brigadier", "lieutenant", "commander", "envoy", "ambassador",
        "senator", "governor", "mayor", "judge", "chairman", "chairwoman", "director", "leader", "chancellor", "secretary", "gen", "general",
        "gov", "officer", "prosecutor", "sergeant", "sgt", "captain", "capt", "admiral", "adm", "detective", "sheriff",
        "commissioner", "congressman", "congresswoman", "councilman", "councilwoman", "assemblyman", "assemblywoman", "rev",
        "cardinal", "bishop", "archbishop", "professor", "prof", "actor", "actress", "coach", "sen", "rep", "col", "lt",
    };

    /// <summary>Lower-case words that join parts of one name ("Organisation for the Prohibition of Chemical Weapons", "Abu Bakr al-Baghdadi").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "al", "el", "bin", "ibn", "abu", "de", "del", "la", "van", "von", "ad", "ud", "der" };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "ministry", "council", "army", "forces", "force", "party", "front", "brigade", "brigades", "agency", "organization",
        "organisation", "committee", "union", "bank", "corp", "co", "inc", "ltd", "plc", "group", "association", "university",
        "authority", "commission", "company", "movement", "coalition", "court", "parliament", "assembly", "institute",
        "office", "department", "news", "times", "post", "tv", "television", "radio", "network", "observatory", "division",
        "corps", "militia", "battalion", "regiment", "legion", "government", "administration", "foundation", "fund",
        "federation", "league", "alliance", "board", "bureau", "centre", "center", "service", "services", "guard", "guards",
        "police", "navy", "airlines", "airways", "exchange", "reserve", "journal", "press", "agency", "media", "channel",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "city", "province", "governorate", "district", "river", "mountains", "mountain", "valley", "camp", "base", "airbase",
        "airport", "port", "sea", "gulf", "island", "islands", "county", "state", "region", "desert", "lake", "bay",
        "square", "street", "bridge", "crossing", "village", "town", "neighbourhood", "neighborhood", "plain", "heights", "dam",
    };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "near", "from", "to", "at", "into", "across", "outside", "around", "towards", "toward", "inside", "northern",
        "southern", "eastern", "western", "north", "south", "east", "west", "province", "city", "town", "village", "countryside",
    };

    /// <summary>Guesses the kind of an unknown name from its words and the word before it.</summary>
    public static KeywordKind Classify(IReadOnlyList<string> nameKeys, string? keyBefore, bool personRoleBefore, bool isAcronym)
    {
        var last = nameKeys[^1];
        if (personRoleBefore)
        {
            return KeywordKind.Person;
        }

        if (nameKeys.Any(OrganisationWords.Contains) || isAcronym)
        {
            return KeywordKind.Organisation;
        }

        if (PlaceWords.Contains(last) || (keyBefore is not null && Locatives.Contains(keyBefore)))
        {
            return KeywordKind.Place;
        }

        return nameKeys.Count >= 2 ? KeywordKind.Person : KeywordKind.Topic;
    }

    /// <summary>Single capitalised words that are adjectives of nationality or direction, not names.</summary>
    /// <summary>Words for places that are often named after people ("Assad suburb", "Kennedy Airport", "King Fahd Hospital").</summary>
    public static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "suburb", "neighborhood", "neighbourhood", "district", "quarter", "street", "square", "road", "avenue", "boulevard",
        "bridge", "dam", "lake", "airport", "airbase", "stadium", "hospital", "university", "school", "mosque", "church",
        "park", "camp", "roundabout", "highway",
    };

    /// <summary>A compass point on its own ("West" of "West Aleppo" when the vocabulary knows Aleppo) names no place.</summary>
    public static bool IsCompassPoint(string key) => key is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest" or "central";

    public static bool LooksLikeAdjective(string key) =>
        key.EndsWith("ian", StringComparison.Ordinal) || key.EndsWith("ish", StringComparison.Ordinal)
            || key.EndsWith("ese", StringComparison.Ordinal) || key.EndsWith("ern", StringComparison.Ordinal)
            || key.EndsWith("ean", StringComparison.Ordinal);
}
