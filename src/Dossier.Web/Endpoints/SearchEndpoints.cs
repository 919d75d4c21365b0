using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/search?q=: full-text search over reports.</summary>
public static class SearchEndpoints
{
    public static WebApplication MapSearchEndpoints(this WebApplication app)
    {
        app.MapGet("/api/search", SearchAsync).WithTags("Search").RequireAuthorization(Policies.Read);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ValidationProblem>> SearchAsync(
        string? q, IAnalystQueries queries, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give something to search for."] });
        return TypedResults.Ok(await queries.SearchAsync(q, 50, cancellationToken));
    }
}
