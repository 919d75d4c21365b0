using Dossier.Web.Accounts;
using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>/api/sources: the reports, one report's text with its spans, and its original bytes.</summary>
public static class SourceEndpoints
{
    public static WebApplication MapSourceEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/sources").WithTags("Sources").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        group.MapGet("/{id:long}/original", OriginalAsync);
        return app;
    }

    private static async Task<Ok<PagedList<SourceSummary>>> ListAsync(int? page, IAnalystQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListSourcesAsync(Math.Max(page ?? 1, 1), 50, cancellationToken));

    private static async Task<Results<Ok<ReportView>, NotFound>> GetAsync(long id, IAnalystQueries queries, CancellationToken cancellationToken) =>
        await queries.GetReportAsync(id, cancellationToken) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> OriginalAsync(
        long id, IAnalystQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        if (await queries.GetOriginalAsync(id, cancellationToken) is not { } file) return TypedResults.NotFound();
        // The digest travels with the file so that a downloaded copy can be checked against the record.
        http.Response.Headers["X-Content-SHA256"] = file.Sha256;
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }
}
