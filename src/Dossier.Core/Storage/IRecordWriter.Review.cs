namespace Dossier.Core.Storage;

public partial interface IRecordWriter
{
    /// <summary>An analyst's verdict on a claim ("confirmed" or "rejected"); the claim itself never changes. False when there is no such claim.</summary>
    Task<bool> ReviewClaimAsync(long claimId, string status, CancellationToken cancellationToken);

    /// <summary>An analyst's verdict on an incident ("confirmed" or "rejected"). False when there is no such incident.</summary>
    Task<bool> ReviewIncidentAsync(long incidentId, string status, CancellationToken cancellationToken);

    /// <summary>
    /// An analyst's correction: a new confirmed claim recorded by <see cref="Actor"/> with a note, without a
    /// source; earlier claims stay as they were. Returns the new claim's id.
    /// </summary>
    Task<long> AddCorrectionAsync(long incidentId, string field, string valueJson, string note, CancellationToken cancellationToken);
}
