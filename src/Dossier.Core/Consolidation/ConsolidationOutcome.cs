namespace Dossier.Core.Consolidation;

/// <summary>What consolidating one report did: incidents started and joined (with why), claims written. Immutable.</summary>
public sealed record ConsolidationOutcome(
    IReadOnlyList<long> StartedIncidents, IReadOnlyList<(long IncidentId, string Reason)> JoinedIncidents, int Claims, long? DuplicateOf);
