using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Dossier.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Incidents;

public sealed class DetailModel(IAnalystQueries queries, IAnalystActions actions) : EditorPageModel
{
    public IncidentDetail Incident { get; private set; } = null!;
    public string? Error { get; private set; }

    /// <summary>The incident's own fields first, then the usual counts, so an analyst can add a figure the extractor missed.</summary>
    public IEnumerable<string> CorrectableFields =>
        Incident.Fields.Select(f => f.Field)
            .Concat(["count.killed", "count.injured", "count.arrested", "count.abducted", "date", "perpetrator", "victims"])
            .Distinct(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await queries.GetIncidentAsync(id, cancellationToken) is not { } incident) return NotFound();
        // A merged-away id forwards: show the survivor under its own address.
        if (incident.Id != id) return RedirectToPage(new { id = incident.Id });
        Incident = incident;
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(long id, CancellationToken cancellationToken) =>
        Act(id, () => actions.ConfirmIncidentAsync(id, User.ActorName(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConfirmClaimAsync(long id, long claimId, CancellationToken cancellationToken) =>
        Act(id, () => actions.ConfirmClaimAsync(claimId, User.ActorName(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCorrectAsync(long id, CorrectionRequest correction, CancellationToken cancellationToken) =>
        correction.Validate() is { } problems
            ? Fail(id, string.Join(" ", problems.Values.SelectMany(v => v)), cancellationToken)
            : Act(id, () => actions.CorrectFieldAsync(id, correction.Field, correction.Value.Trim(), correction.Note.Trim(), User.ActorName(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(long id, long other, CancellationToken cancellationToken) =>
        Act(id, () => actions.MergeAsync(id, other, User.ActorName(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(long id, CancellationToken cancellationToken) =>
        Act(id, () => actions.SplitAsync(id, User.ActorName(), cancellationToken), cancellationToken);

    private async Task<IActionResult> Act(long id, Func<Task<ActionOutcome>> action, CancellationToken cancellationToken)
    {
        if (EditorOnly() is { } denied) return denied;
        var result = await action();
        if (!result.Succeeded) return await Fail(id, result.Message, cancellationToken);
        Flash(result.Message);
        return RedirectToPage(new { id = result.IncidentId ?? id });
    }

    private async Task<IActionResult> Fail(long id, string message, CancellationToken cancellationToken)
    {
        if (EditorOnly() is { } denied) return denied;
        var page = await OnGetAsync(id, cancellationToken);
        Error = message;
        if (page is PageResult) Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
