using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class AuditModel(IAnalystQueries queries) : PageModel
{
    public int PageNumber { get; private set; }
    public PagedList<AuditEntry> Entries { get; private set; } = null!;

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(page ?? 1, 1);
        Entries = await queries.ListAuditAsync(PageNumber, 100, cancellationToken);
    }
}
