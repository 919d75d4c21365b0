namespace Dossier.Web.Data;

/// <summary>
/// The changes analysts make. Each goes through the store's audited write path with the signed-in
/// user's name as the actor; failures that users cause are returned as <see cref="ActionOutcome"/>.
/// </summary>
public interface IAnalystActions
{
    Task<ActionOutcome> ConfirmClaimAsync(long claimId, string actor, CancellationToken cancellationToken);
    Task<ActionOutcome> RejectClaimAsync(long claimId, string actor, CancellationToken cancellationToken);
    /// <summary>Records an analyst's correction as a new claim with a note (the old claims stay).</summary>
    Task<ActionOutcome> CorrectFieldAsync(long incidentId, string field, string value, string note, string actor, CancellationToken cancellationToken);
    Task<ActionOutcome> ConfirmIncidentAsync(long incidentId, string actor, CancellationToken cancellationToken);
    /// <summary>Merges <paramref name="otherId"/> into <paramref name="survivorId"/>; the other id forwards.</summary>
    Task<ActionOutcome> MergeAsync(long survivorId, long otherId, string actor, CancellationToken cancellationToken);
    /// <summary>Undoes the latest merge into the incident, restoring the merged-away one.</summary>
    Task<ActionOutcome> SplitAsync(long incidentId, string actor, CancellationToken cancellationToken);
    Task<UploadResult> UploadAsync(string fileName, byte[] content, string actor, CancellationToken cancellationToken);
}
