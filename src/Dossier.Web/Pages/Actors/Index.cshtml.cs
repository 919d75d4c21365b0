using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Actors;

public sealed class IndexModel(IAnalystQueries queries) : PageModel
{
    public IReadOnlyList<ActorSummary> Actors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Actors = await queries.ListActorsAsync(cancellationToken);
}
