using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/demands: who demanded what of whom.</summary>
public static class DemandEndpoints
{
    public static WebApplication MapDemandEndpoints(this WebApplication app)
    {
        app.MapGet("/api/demands", ListAsync).WithTags("Demands").RequireAuthorization(Policies.Read);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DemandView>>> ListAsync(string? status, IAnalystQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListDemandsAsync(status, cancellationToken));
}
