namespace Dossier.Core.Domain;

/// <summary>
/// One incident as the record holds it, whatever the number of reports describing it. Its type, date and
/// place are the shown values of its claims at the last consolidation; <see cref="Version"/> guards
/// concurrent edits. Immutable.
/// </summary>
public sealed record Incident(long Id, string Type, IncidentStatus Status, int Version)
{
    public IReadOnlyList<string> Also { get; init; } = [];

    public PartialDate? Date { get; init; }

    public long? PlaceId { get; init; }

    public string? CountryCode { get; init; }
}
