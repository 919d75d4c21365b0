using Dossier.Core.Accounts;

namespace Dossier.Web.Accounts;

/// <summary>The three authorisation policies; roles nest (an admin may edit, an analyst may read).</summary>
public static class Policies
{
    public const string Read = "read";
    public const string Edit = "edit";
    public const string Admin = "admin";

    public static string RoleName(UserRole role) => role.ToString().ToLowerInvariant();

    public static string[] RolesAllowed(string policy) => policy switch
    {
        Read => [RoleName(UserRole.Viewer), RoleName(UserRole.Analyst), RoleName(UserRole.Admin)],
        Edit => [RoleName(UserRole.Analyst), RoleName(UserRole.Admin)],
        Admin => [RoleName(UserRole.Admin)],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "unknown policy"),
    };
}
