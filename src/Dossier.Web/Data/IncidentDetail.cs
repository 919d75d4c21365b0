namespace Dossier.Web.Data;

/// <summary>An incident with every field's claims, the reports behind it and what it was merged from.</summary>
public sealed record IncidentDetail(
    long Id,
    string Type,
    string Status,
    string? Date,
    string? Place,
    string? Country,
    long Version,
    IReadOnlyList<FieldClaims> Fields,
    IReadOnlyList<TimelineEntry> Reports,
    IReadOnlyList<long> MergedFrom);
