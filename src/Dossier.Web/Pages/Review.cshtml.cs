using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages;

public sealed class ReviewModel(IAnalystQueries queries, IAnalystActions actions) : EditorPageModel
{
    /// <summary>A screenful: reviewing is done from the top, and the queue refills as items are decided.</summary>
    public const int PageSize = 30;

    public IReadOnlyList<ClaimView> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await queries.ReviewQueueAsync(PageSize, cancellationToken);

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
