using System.Globalization;
using System.Security.Claims;
using Mirsad.Core.Accounts;

namespace Mirsad.Newsroom;

/// <summary>The claims a signed-in newsroom user carries, and reading them back.</summary>
public static class NewsroomClaims
{
    public static ClaimsPrincipal For(NewsroomUser user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
        ],
        scheme));

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static UserRole? Role(this ClaimsPrincipal principal) =>
        Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}
