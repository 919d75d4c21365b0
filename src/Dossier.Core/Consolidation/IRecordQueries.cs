using Dossier.Core.Consolidation.Queries;

namespace Dossier.Core.Consolidation;

/// <summary>Read-only queries over the consolidated record, for the CLI and the web app.</summary>
public interface IRecordQueries
{
    Task<IReadOnlyList<IncidentSummary>> ListIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>An incident with all its claims; a merged-away id gives the survivor. Null when unknown.</summary>
    Task<IncidentRecord?> GetIncidentAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActorRecord>> ListActorsAsync(string? name, CancellationToken cancellationToken);

    Task<IReadOnlyList<PlaceRecord>> ListPlacesAsync(string? name, CancellationToken cancellationToken);

    Task<IReadOnlyList<DemandView>> ListDemandsAsync(string? status, CancellationToken cancellationToken);

    /// <summary>Incidents and demands in date order, optionally about one actor or place.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string? actor, string? place, CancellationToken cancellationToken);

    /// <summary>The grade set for a publisher, if any.</summary>
    Task<string?> GetPublisherGradeAsync(string publisher, CancellationToken cancellationToken);
}
