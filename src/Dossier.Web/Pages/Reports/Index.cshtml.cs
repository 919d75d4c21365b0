using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Reports;

public sealed class IndexModel(IAnalystQueries queries) : PageModel
{
    public string? Query { get; private set; }
    public int PageNumber { get; private set; }
    public IReadOnlyList<SearchHit>? Hits { get; private set; }
    public PagedList<SourceSummary> Sources { get; private set; } = null!;

    public async Task OnGetAsync(string? q, int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(page ?? 1, 1);
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Sources = await queries.ListSourcesAsync(PageNumber, 50, cancellationToken);
        if (Query is not null) Hits = await queries.SearchAsync(Query, 50, cancellationToken);
    }
}
