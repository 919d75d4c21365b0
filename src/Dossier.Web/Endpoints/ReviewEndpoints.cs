using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/review: the queue of unreviewed claims (oldest first) and accept/reject.</summary>
public static class ReviewEndpoints
{
    public static WebApplication MapReviewEndpoints(this WebApplication app)
    {
        app.MapGet("/api/review", QueueAsync).WithTags("Review").RequireAuthorization(Policies.Read);
        var edit = app.MapGroup("/api/review").WithTags("Review").RequireAuthorization(Policies.Edit);
        edit.MapPost("/{claimId:long}/accept", AcceptAsync);
        edit.MapPost("/{claimId:long}/reject", RejectAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ClaimView>>> QueueAsync(int? limit, IAnalystQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ReviewQueueAsync(Math.Clamp(limit ?? 50, 1, 500), cancellationToken));

    private static async Task<Results<Ok<ActionOutcome>, ValidationProblem>> AcceptAsync(
        long claimId, IAnalystActions actions, HttpContext http, CancellationToken cancellationToken) =>
        ActionOutcomeResults.From(await actions.ConfirmClaimAsync(claimId, http.User.ActorName(), cancellationToken));

    private static async Task<Results<Ok<ActionOutcome>, ValidationProblem>> RejectAsync(
        long claimId, IAnalystActions actions, HttpContext http, CancellationToken cancellationToken) =>
        ActionOutcomeResults.From(await actions.RejectClaimAsync(claimId, http.User.ActorName(), cancellationToken));
}
