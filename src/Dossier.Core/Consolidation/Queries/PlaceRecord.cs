namespace Dossier.Core.Consolidation.Queries;

/// <summary>A place with its aliases, country, coordinates and number of incidents. Immutable.</summary>
public sealed record PlaceRecord(long Id, string Name, string? Country, string? Kind, double? Latitude, double? Longitude, IReadOnlyList<string> Aliases, int Incidents);
