using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation;

/// <summary>
/// What matching needs to know of an incident (or of a new report's event, with id 0): its type
/// families, date, place, the place's kind ("country", "region", "city", "site"; null when unknown) and country.
/// A country or a region is a broad place: it agrees with any specific place in the same country. Immutable.
/// </summary>
public sealed record IncidentSignature(
    long IncidentId, IReadOnlyList<string> Families, PartialDate? Date, long? PlaceId, string? PlaceKind, string? CountryCode)
{
    /// <summary>A specific place (not a whole country) is known.</summary>
    public bool HasSpecificPlace => PlaceId is not null && !IsBroad(PlaceKind);

    /// <summary>A region: broad, but two different regions are two places.</summary>
    public bool HasRegion => PlaceId is not null && PlaceKind == "region";

    public static bool IsBroad(string? placeKind) => placeKind is "country" or "region";
}
