using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation;

/// <summary>
/// What matching needs to know of an incident (or of a new report's event, with id 0): its type
/// families, date, place and country. <see cref="PlaceIsCountry"/> marks a place that is a whole country. Immutable.
/// </summary>
public sealed record IncidentSignature(
    long IncidentId, IReadOnlyList<string> Families, PartialDate? Date, long? PlaceId, bool PlaceIsCountry, string? CountryCode)
{
    /// <summary>A specific place (not a whole country) is known.</summary>
    public bool HasSpecificPlace => PlaceId is not null && !PlaceIsCountry;
}
