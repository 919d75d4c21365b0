using Dossier.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Reports;

public sealed class ViewModel(IAnalystQueries queries) : PageModel
{
    public ReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await queries.GetReportAsync(id, cancellationToken) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
