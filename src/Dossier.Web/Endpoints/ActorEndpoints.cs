using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/actors: actors with aliases; one actor with its incidents and co-occurring actors.</summary>
public static class ActorEndpoints
{
    public static WebApplication MapActorEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/actors").WithTags("Actors").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ActorSummary>>> ListAsync(IAnalystQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListActorsAsync(cancellationToken));

    private static async Task<Results<Ok<ActorDetail>, NotFound>> GetAsync(long id, IAnalystQueries queries, CancellationToken cancellationToken) =>
        await queries.GetActorAsync(id, cancellationToken) is { } actor ? TypedResults.Ok(actor) : TypedResults.NotFound();
}
