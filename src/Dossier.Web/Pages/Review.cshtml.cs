using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages;

public sealed class ReviewModel(IAnalystQueries queries, IAnalystActions actions) : EditorPageModel
{
    public IReadOnlyList<ClaimView> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await queries.ReviewQueueAsync(100, cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(long claimId, CancellationToken cancellationToken)
    {
        if (EditorOnly() is { } denied) return denied;
        Flash((await actions.ConfirmClaimAsync(claimId, User.ActorName(), cancellationToken)).Message);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectAsync(long claimId, CancellationToken cancellationToken)
    {
        if (EditorOnly() is { } denied) return denied;
        Flash((await actions.RejectClaimAsync(claimId, User.ActorName(), cancellationToken)).Message);
        return RedirectToPage();
    }
}
