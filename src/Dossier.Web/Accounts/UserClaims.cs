using System.Security.Claims;
using Dossier.Core.Accounts;

namespace Dossier.Web.Accounts;

/// <summary>The claims a signed-in user carries, the same for cookies and bearer tokens.</summary>
public static class UserClaims
{
    public static IEnumerable<Claim> For(UserAccount user) =>
    [
        new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(ClaimTypes.Name, user.Name),
        new(ClaimTypes.Role, Policies.RoleName(user.Role)),
    ];

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
