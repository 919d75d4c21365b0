namespace Dossier.Web.Data;

/// <summary>A place with coordinates (when known), their precision, aliases and incident count.</summary>
public sealed record PlaceSummary(
    long Id,
    string Name,
    string? Country,
    double? Latitude,
    double? Longitude,
    string Precision,
    IReadOnlyList<string> Aliases,
    int Incidents);
