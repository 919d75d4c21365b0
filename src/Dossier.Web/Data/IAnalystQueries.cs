namespace Dossier.Web.Data;

/// <summary>
/// What the pages and the JSON API read. Implemented over the store and consolidation's query API
///; pages never touch SQL.
/// </summary>
public interface IAnalystQueries
{
    Task<Overview> GetOverviewAsync(CancellationToken cancellationToken);
    Task<PagedList<IncidentSummary>> ListIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken);
    /// <summary>The incident, following forwarding ids of merged-away incidents.</summary>
    Task<IncidentDetail?> GetIncidentAsync(long id, CancellationToken cancellationToken);
    /// <summary>The id that now stands for this incident id (itself, or the survivor of a merge); null when unknown.</summary>
    Task<long?> ResolveIncidentAsync(long id, CancellationToken cancellationToken);
    /// <summary>The incidents a report's claims are on (after forwarding), for showing what an upload produced.</summary>
    Task<IReadOnlyList<long>> IncidentsOfSourceAsync(long sourceId, CancellationToken cancellationToken);
    /// <summary>The latest merge into this incident not yet undone (what "split" undoes), if any.</summary>
    Task<long?> LatestMergeLinkAsync(long incidentId, CancellationToken cancellationToken);
    Task<ClaimView?> GetClaimAsync(long id, CancellationToken cancellationToken);
    Task<PagedList<SourceSummary>> ListSourcesAsync(int page, int pageSize, CancellationToken cancellationToken);
    Task<ReportView?> GetReportAsync(long sourceId, CancellationToken cancellationToken);
    Task<OriginalFile?> GetOriginalAsync(long sourceId, CancellationToken cancellationToken);
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
    Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken);
    Task<ActorDetail?> GetActorAsync(long id, CancellationToken cancellationToken);
    Task<IReadOnlyList<PlaceSummary>> ListPlacesAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<ClaimView>> ReviewQueueAsync(int limit, CancellationToken cancellationToken);
    Task<IReadOnlyList<DemandView>> ListDemandsAsync(string? status, CancellationToken cancellationToken);
    Task<PagedList<AuditEntry>> ListAuditAsync(int page, int pageSize, CancellationToken cancellationToken);
}
