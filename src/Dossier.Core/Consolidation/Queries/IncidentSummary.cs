using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation.Queries;

/// <summary>One incident in a list: its shown type, date, place, counts (with low/high) and disagreement flags. Immutable.</summary>
public sealed record IncidentSummary(long Id, string Type, IReadOnlyList<string> Also, string? Date, string? Place, string? Country, string Status)
{
    /// <summary>How many sources, and how many independent publishers, speak of it.</summary>
    public int Sources { get; init; }

    public int IndependentSources { get; init; }

    public IReadOnlyList<ShownValue> Counts { get; init; } = [];

    /// <summary>Fields on which sources disagree ("count.killed", "perpetrator", "date").</summary>
    public IReadOnlyList<string> Disagreements { get; init; } = [];
}
