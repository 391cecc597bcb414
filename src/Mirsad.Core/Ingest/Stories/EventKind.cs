namespace Mirsad.Core.Ingest.Stories;

/// <summary>What kind of event a report is about, as its headline and lead name it; a report may name several.</summary>
[Flags]
public enum EventKind
{
    /// <summary>Nothing recognised.</summary>
    None = 0,

    /// <summary>Air strikes, barrel bombs, shelling, rockets, missiles: bombardment from afar.</summary>
    Bombardment = 1,

    /// <summary>A car bomb, a suicide attack, an explosion.</summary>
    Blast = 2,

    /// <summary>A chemical or gas attack.</summary>
    Chemical = 4,

    /// <summary>Fighting on the ground: clashes, offensives, assaults, advances.</summary>
    Fighting = 8,

    /// <summary>Executions, kidnappings, massacres of captives.</summary>
    Execution = 16,

    /// <summary>Aid, evacuations, displacement, crossings.</summary>
    Humanitarian = 32,
}
