namespace Dossier.Core.Consolidation.Queries;

/// <summary>
/// Which incidents to list: by type (primary or other act type), date range (an incident whose date
/// overlaps it), place or actor name (any alias), country code. Null means any. Immutable.
/// </summary>
public sealed record IncidentFilter
{
    public string? Type { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Place { get; init; }

    public string? Actor { get; init; }

    public string? Country { get; init; }

    public int Limit { get; init; } = 1000;
}
