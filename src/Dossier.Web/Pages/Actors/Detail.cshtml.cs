using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Actors;

public sealed class DetailModel(IAnalystQueries queries) : PageModel
{
    public ActorDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await queries.GetActorAsync(id, cancellationToken) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }
}
