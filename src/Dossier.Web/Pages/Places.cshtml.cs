using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class PlacesModel(IAnalystQueries queries) : PageModel
{
    public IReadOnlyList<PlaceSummary> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Places = await queries.ListPlacesAsync(cancellationToken);
}
