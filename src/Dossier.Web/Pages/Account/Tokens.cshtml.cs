using Dossier.Core.Accounts;
using Dossier.Core.Storage;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Account;

/// <summary>Each user manages their own API tokens; a token carries its owner's role.</summary>
public sealed class TokensModel(IDossierStore store, AccountService accounts) : PageModel
{
    public IReadOnlyList<ApiTokenInfo> Tokens { get; private set; } = [];
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tokens = await store.ListApiTokensAsync(User.UserId() ?? 0, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string name, CancellationToken cancellationToken)
    {
        if (await store.GetUserAsync(User.UserId() ?? 0, cancellationToken) is not { } user) return Forbid();
        (_, NewSecret) = await accounts.CreateTokenAsync(user, string.IsNullOrWhiteSpace(name) ? "token" : name, cancellationToken);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long tokenId, CancellationToken cancellationToken)
    {
        await accounts.RevokeTokenAsync(User.UserId() ?? 0, tokenId, User.ActorName(), cancellationToken);
        return RedirectToPage();
    }
}
