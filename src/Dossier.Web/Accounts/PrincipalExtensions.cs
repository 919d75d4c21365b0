using System.Security.Claims;

namespace Dossier.Web.Accounts;

/// <summary>What pages ask of the signed-in user, so views show only the actions the role allows.</summary>
public static class PrincipalExtensions
{
    public static bool CanEdit(this ClaimsPrincipal user) => Policies.RolesAllowed(Policies.Edit).Any(user.IsInRole);

    public static bool IsAdmin(this ClaimsPrincipal user) => Policies.RolesAllowed(Policies.Admin).Any(user.IsInRole);

    /// <summary>The name written into the audit log for this user's changes.</summary>
    public static string ActorName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("an audited action needs a signed-in user");
}
