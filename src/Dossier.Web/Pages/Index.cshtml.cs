using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

public sealed class IndexModel(IAnalystQueries queries) : PageModel
{
    public Overview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await queries.GetOverviewAsync(cancellationToken);
}
