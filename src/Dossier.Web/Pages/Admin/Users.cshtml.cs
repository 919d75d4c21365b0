using Dossier.Core.Accounts;
using Dossier.Core.Storage;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Admin;

/// <summary>Admins list accounts, add them and change roles (the folder is admin-only).</summary>
public sealed class UsersModel(IDossierStore store, AccountService accounts) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await store.ListUsersAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string name, UserRole role, string password, CancellationToken cancellationToken)
    {
        var (user, error) = await accounts.AddUserAsync(name ?? "", role, password ?? "", User.ActorName(), cancellationToken);
        if (user is null)
        {
            Error = error;
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Message"] = $"Added {user.Name} as {Policies.RoleName(user.Role)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(long userId, UserRole role, CancellationToken cancellationToken)
    {
        await accounts.SetRoleAsync(userId, role, User.ActorName(), cancellationToken);
        TempData["Message"] = "Role changed; it applies at the user's next sign-in.";
        return RedirectToPage();
    }
}
