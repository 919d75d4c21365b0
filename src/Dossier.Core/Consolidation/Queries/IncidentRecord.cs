using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation.Queries;

/// <summary>
/// An incident with everything said about it: shown values (rule, support, low/high, flags), every claim
/// with its source and quoted span, the links that explain why each report is here, and the ids merged
/// into it. <see cref="RequestedId"/> differs from <see cref="Id"/> when a merged-away id was asked for. Immutable.
/// </summary>
public sealed record IncidentRecord(long Id, long RequestedId, IncidentSummary Summary, int Version)
{
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public IReadOnlyList<ShownValue> Shown { get; init; } = [];

    public IReadOnlyList<ClaimRecord> Claims { get; init; } = [];

    public IReadOnlyList<IncidentLink> Links { get; init; } = [];

    public IReadOnlyList<long> MergedFrom { get; init; } = [];
}
