using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/claims: one claim with its source span.</summary>
public static class ClaimEndpoints
{
    public static WebApplication MapClaimEndpoints(this WebApplication app)
    {
        app.MapGet("/api/claims/{id:long}", GetAsync).WithTags("Claims").RequireAuthorization(Policies.Read);
        return app;
    }

    private static async Task<Results<Ok<ClaimView>, NotFound>> GetAsync(long id, IAnalystQueries queries, CancellationToken cancellationToken) =>
        await queries.GetClaimAsync(id, cancellationToken) is { } claim ? TypedResults.Ok(claim) : TypedResults.NotFound();
}
