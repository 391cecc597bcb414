using Mirsad.Core.Accounts;

namespace Mirsad.Newsroom;

/// <summary>The authorization policies of the newsroom. Roles nest: an admin may do what an editor may, and so on.</summary>
public static class NewsroomPolicies
{
    /// <summary>Any newsroom user (translator, editor, admin).</summary>
    public const string Member = "newsroom.member";

    /// <summary>Translators, editors and admins: translation work.</summary>
    public const string Translate = "newsroom.translate";

    /// <summary>Editors and admins: editing, publishing, keywords, sources.</summary>
    public const string Edit = "newsroom.edit";

    /// <summary>Admins: users.</summary>
    public const string Admin = "newsroom.admin";

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, UserRole[]> Roles { get; } = new Dictionary<string, UserRole[]>
    {
        [Member] = [UserRole.Translator, UserRole.Editor, UserRole.Admin],
        [Translate] = [UserRole.Translator, UserRole.Editor, UserRole.Admin],
        [Edit] = [UserRole.Editor, UserRole.Admin],
        [Admin] = [UserRole.Admin],
    };
}
