using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation;

/// <summary>
/// What consolidation reads and writes inside one unit of work. The store implements it on its audited
/// write path: every change appends its audit row in the same transaction.
/// </summary>
public interface IConsolidationWriter
{
    Task<IReadOnlyList<KeyHit>> FindActorKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<long> AddActorAsync(ActorKind kind, string name, CancellationToken cancellationToken);

    /// <summary>Adds aliases and lookup keys to an actor; ones it already has are ignored.</summary>
    Task AddActorNamesAsync(long actorId, IReadOnlyCollection<string> aliases, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<IReadOnlyList<KeyHit>> FindPlaceKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<long> AddPlaceAsync(Place place, CancellationToken cancellationToken);

    Task AddPlaceNamesAsync(long placeId, IReadOnlyCollection<string> aliases, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Fingerprints of earlier sources sharing a band key, as (source id, fingerprint).</summary>
    Task<IReadOnlyList<(long SourceId, TextFingerprint Fingerprint)>> FindFingerprintsAsync(IReadOnlyCollection<string> bandKeys, CancellationToken cancellationToken);

    Task AddFingerprintAsync(long sourceId, TextFingerprint fingerprint, long? duplicateOf, CancellationToken cancellationToken);

    /// <summary>Incidents filed under any of these buckets (see <see cref="IncidentBuckets"/>), forwarded ones excluded.</summary>
    Task<IReadOnlyList<IncidentSignature>> FindCandidatesAsync(IReadOnlyCollection<string> buckets, CancellationToken cancellationToken);

    /// <summary>Creates an incident (id ignored) filed under its buckets; returns its id.</summary>
    Task<long> AddIncidentAsync(Incident incident, IncidentSignature signature, CancellationToken cancellationToken);

    /// <summary>Recomputes an incident's type, date, place and index buckets from its live claims.</summary>
    Task RefreshIncidentAsync(long incidentId, CancellationToken cancellationToken);

    /// <summary>Records that a source's event was joined to (or started) an incident and why; returns the link id.</summary>
    Task<long> AddIncidentLinkAsync(IncidentLink link, CancellationToken cancellationToken);

    Task<long> AddClaimAsync(Claim claim, long linkId, long? documentId, long? extractionId, CancellationToken cancellationToken);

    Task<long> AddDemandAsync(DemandRecord demand, long? documentId, long? extractionId, CancellationToken cancellationToken);
}
