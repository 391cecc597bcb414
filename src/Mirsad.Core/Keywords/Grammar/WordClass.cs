namespace Mirsad.Core.Keywords.Grammar;

/// <summary>The parts of speech the keyword tagger tells apart: only as fine as noun phrases need.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Noun = 1 << 0,
    ProperNoun = 1 << 1,
    Verb = 1 << 2,
    PastVerb = 1 << 3,
    Gerund = 1 << 4,
    Adjective = 1 << 5,
    Adverb = 1 << 6,
    Number = 1 << 7,
    Determiner = 1 << 8,
    Pronoun = 1 << 9,
    Preposition = 1 << 10,
    Conjunction = 1 << 11,
    Auxiliary = 1 << 12,
    Modal = 1 << 13,
    To = 1 << 14,
    Negation = 1 << 15,
    Wh = 1 << 16,

    /// <summary>Anything a noun phrase may hold.</summary>
    Nominal = Noun | ProperNoun | Adjective | Number,

    /// <summary>Any verb form.</summary>
    AnyVerb = Verb | PastVerb | Gerund,
}
