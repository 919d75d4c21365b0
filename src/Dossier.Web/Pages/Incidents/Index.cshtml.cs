using Dossier.Web.Data;
using Dossier.Web.Endpoints;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Incidents;

public sealed class IndexModel(IAnalystQueries queries) : PageModel
{
    public IncidentFilter Filter { get; private set; } = new();
    public PagedList<IncidentSummary> Result { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] IncidentQuery query, CancellationToken cancellationToken)
    {
        Filter = query.ToFilter();
        Result = await queries.ListIncidentsAsync(Filter, cancellationToken);
    }

    public string PageLink(int page)
    {
        var q = new QueryBuilder(Request.Query.Where(p => p.Key != "page")) { { "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        return "/Incidents" + q.ToQueryString();
    }
}
