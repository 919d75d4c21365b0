using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/places: places with coordinates and their precision.</summary>
public static class PlaceEndpoints
{
    public static WebApplication MapPlaceEndpoints(this WebApplication app)
    {
        app.MapGet("/api/places", ListAsync).WithTags("Places").RequireAuthorization(Policies.Read);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PlaceSummary>>> ListAsync(IAnalystQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListPlacesAsync(cancellationToken));
}
