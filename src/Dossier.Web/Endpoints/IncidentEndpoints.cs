using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/incidents: the filterable list, one incident with its claims, and the analyst actions on it.</summary>
public static class IncidentEndpoints
{
    public static WebApplication MapIncidentEndpoints(this WebApplication app)
    {
        var read = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(Policies.Read);
        read.MapGet("/", ListAsync);
        read.MapGet("/{id:long}", GetAsync);

        var edit = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(Policies.Edit);
        edit.MapPost("/{id:long}/confirm", ConfirmAsync);
        edit.MapPost("/{id:long}/corrections", CorrectAsync);
        edit.MapPost("/{id:long}/merge", MergeAsync);
        edit.MapPost("/{id:long}/split", SplitAsync);
        return app;
    }

    private static async Task<Ok<PagedList<IncidentSummary>>> ListAsync(
        [AsParameters] IncidentQuery query, IAnalystQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListIncidentsAsync(query.ToFilter(), cancellationToken));

    private static async Task<Results<Ok<IncidentDetail>, NotFound>> GetAsync(
        long id, IAnalystQueries queries, CancellationToken cancellationToken) =>
        await queries.GetIncidentAsync(id, cancellationToken) is { } incident ? TypedResults.Ok(incident) : TypedResults.NotFound();

    private static async Task<Results<Ok<ActionOutcome>, ValidationProblem>> ConfirmAsync(
        long id, IAnalystActions actions, HttpContext http, CancellationToken cancellationToken) =>
        ActionOutcomeResults.From(await actions.ConfirmIncidentAsync(id, http.User.ActorName(), cancellationToken));

    private static async Task<Results<Ok<ActionOutcome>, ValidationProblem>> CorrectAsync(
        long id, CorrectionRequest request, IAnalystActions actions, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Validate() is { } problems) return TypedResults.ValidationProblem(problems);
        return ActionOutcomeResults.From(await actions.CorrectFieldAsync(id, request.Field, request.Value, request.Note, http.User.ActorName(), cancellationToken));
    }

    private static async Task<Results<Ok<ActionOutcome>, ValidationProblem>> MergeAsync(
        long id, MergeRequest request, IAnalystActions actions, HttpContext http, CancellationToken cancellationToken) =>
        ActionOutcomeResults.From(await actions.MergeAsync(id, request.Other, http.User.ActorName(), cancellationToken));

    private static async Task<Results<Ok<ActionOutcome>, ValidationProblem>> SplitAsync(
        long id, IAnalystActions actions, HttpContext http, CancellationToken cancellationToken) =>
        ActionOutcomeResults.From(await actions.SplitAsync(id, http.User.ActorName(), cancellationToken));
}
