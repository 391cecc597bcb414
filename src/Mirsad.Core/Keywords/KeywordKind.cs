namespace Mirsad.Core.Keywords;

/// <summary>What a helpful keyword names.</summary>
public enum KeywordKind
{
    /// <summary>A topic or theme ("chemical weapons").</summary>
    Topic,

    /// <summary>A person ("Ahmad al-Sharaa").</summary>
    Person,

    /// <summary>An organisation, party, armed group or institution.</summary>
    Organisation,

    /// <summary>A country, region, city, or site such as a base or a port.</summary>
    Place,
}
