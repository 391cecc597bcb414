using Mirsad.Core.Text;

namespace Mirsad.Core.Ingest.Stories;

/// <summary>
/// The words that name a kind of event in English and Arabic news headlines, and the verbs that make a
/// headline someone's statement rather than the event itself. Matched on whole words, Arabic folded.
/// </summary>
internal static class EventLexicon
{
    private static readonly (EventKind Kind, string[] Words)[] Kinds =
    [
        (EventKind.Bombardment, ["airstrike", "airstrikes", "air strike", "air strikes", "strike", "strikes", "air raid", "air raids", "raid", "raids", "warplanes", "warplane",
            "jets", "barrel bomb", "barrel bombs", "barrel bombing", "bombardment", "bombard", "bombarded", "bombarding", "pound", "pounds", "pounded",
            "shelling", "shelled", "shells", "shell", "rocket", "rockets", "mortar", "mortars", "artillery", "missile", "missiles", "helicopter", "bombing raids", "bombs", "bombing", "bomb",
            "غارة", "غارات", "الطيران", "طيران", "الطائرات", "طائرات", "براميل", "البراميل", "قصف", "القصف", "قذائف", "قذيفة", "صواريخ", "صاروخ", "هاون", "مدفعي", "المدفعية"]),
        (EventKind.Blast, ["car bomb", "car bombing", "suicide", "bomber", "bombers", "blast", "blasts", "explosion", "explosions", "explosive", "exploded", "explodes",
            "bomb attack", "bomb blast", "twin bombing", "triple bombing", "ied", "landmine", "mines", "bombing", "bomb",
            "انفجار", "تفجير", "تفجيرات", "مفخخة", "انتحاري", "انتحارية", "عبوة", "ناسفة", "لغم", "ألغام"]),
        (EventKind.Chemical, ["chemical", "gas", "toxic", "chlorine", "sarin", "nerve agent", "poison", "suffocation", "asphyxiation",
            "كيماوي", "كيميائي", "الكيماوي", "الكيميائي", "غاز", "الغاز", "سامة", "الكلور", "السارين", "اختناق"]),
        (EventKind.Fighting, ["clashes", "clash", "battle", "battles", "fighting", "offensive", "assault", "advance", "advances", "advanced", "recapture", "recaptured",
            "seize", "seizes", "seized", "capture", "captured", "captures", "retake", "retakes", "retook", "storm", "stormed", "counterattack", "siege", "besieged", "push",
            "اشتباكات", "معارك", "معركة", "هجوم", "تقدم", "سيطرة", "سيطرت", "حصار", "اقتحام", "استعادة"]),
        (EventKind.Execution, ["execute", "executes", "executed", "execution", "executions", "beheaded", "beheads", "crucified", "kidnapped", "abducted", "massacred",
            "إعدام", "أعدم", "اعدام", "خطف", "اختطاف"]),
        (EventKind.Humanitarian, ["aid", "evacuation", "evacuations", "evacuate", "evacuated", "evacuees", "displaced", "refugees", "crossing", "convoy", "humanitarian", "returnees",
            "مساعدات", "إغاثة", "اغاثة", "إجلاء", "اجلاء", "نازحين", "النازحين", "لاجئين", "اللاجئين", "معبر", "قافلة"]),
    ];

    // Headlines such as "Trump says ...", "Coalition condemns ...", "UN urges ...": the event is the statement.
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "says", "said", "say", "calls", "call", "urges", "urge", "condemns", "condemn", "warns", "warn", "accuses", "accuse", "demands", "demand",
        "denies", "deny", "blames", "blame", "vows", "welcomes", "rejects", "slams", "asks", "pushes", "seeks", "holds", "meets", "react", "reacts",
        "يدين", "تدين", "يطالب", "تطالب", "دعا", "دعت", "يدعو", "تدعو", "حذر", "حذرت", "يحذر", "تحذر", "أكد", "أكدت", "يؤكد", "تؤكد", "نفى", "نفت", "اتهم", "اتهمت", "بحث", "يبحث", "التقى", "يلتقي", "استقبل", "يستقبل",
    };

    // Who says "... monitor says" reports the event: these sources do not make a headline a statement.
    private static readonly HashSet<string> Reporters = new(StringComparer.Ordinal)
    {
        "monitor", "observatory", "media", "tv", "television", "activists", "sources", "source", "official", "officials", "medics", "agency", "sana", "reports", "report", "ngo", "group",
        "rescuers", "witnesses", "residents", "doctors", "hospital", "defence", "defense",
        "مصادر", "مصدر", "المرصد", "ناشطون", "مراسل", "وكالة",
    };

    private static readonly HashSet<string> OwnAction = new(StringComparer.Ordinal) { "it", "its", "they", "kills", "killed", "destroys", "destroyed" };

    private static readonly Dictionary<string, EventKind> Phrases = Build();

    /// <summary>The kinds of event <paramref name="words"/> (lower-cased, Arabic folded) name.</summary>
    public static EventKind KindsOf(IReadOnlyList<string> words)
    {
        var kinds = EventKind.None;
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 3; n >= 1; n--)
            {
                if (i + n <= words.Count && Phrases.TryGetValue(string.Join(' ', words.Skip(i).Take(n)), out var kind))
                {
                    kinds |= kind;
                    break;
                }
            }
        }

        return kinds;
    }

    /// <summary>Whether a headline's words are someone's statement: a speech verb whose speaker is no reporter of the event.</summary>
    public static bool IsStatement(IReadOnlyList<string> titleWords)
    {
        for (var i = 0; i < titleWords.Count; i++)
        {
            // "Russia says it killed ..." reports the speaker's own action, which is the event.
            if (SpeechVerbs.Contains(titleWords[i]) && (i == 0 || !Reporters.Contains(titleWords[i - 1])) && i < titleWords.Count - 1 && !OwnAction.Contains(titleWords[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, EventKind> Build()
    {
        var phrases = new Dictionary<string, EventKind>(StringComparer.Ordinal);
        foreach (var (kind, words) in Kinds)
        {
            foreach (var word in words)
            {
                var key = ArabicNormalizer.Fold(word);
                phrases[key] = phrases.GetValueOrDefault(key) | kind;
            }
        }

        return phrases;
    }
}
