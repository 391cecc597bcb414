namespace Mirsad.Core.Accounts;

/// <summary>What a newsroom user may do. Each role includes what the ones before it may do.</summary>
public enum UserRole
{
    /// <summary>Translates stories.</summary>
    Translator,

    /// <summary>Edits, publishes and curates keywords and sources.</summary>
    Editor,

    /// <summary>Everything, including managing users.</summary>
    Admin,
}
