using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class DemandsModel(IAnalystQueries queries) : PageModel
{
    public IReadOnlyList<DemandView> Demands { get; private set; } = [];

    public async Task OnGetAsync(string? status, CancellationToken cancellationToken) =>
        Demands = await queries.ListDemandsAsync(status, cancellationToken);
}
