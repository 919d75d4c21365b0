namespace Dossier.Web.Data;

/// <summary>One row of the incident list.</summary>
public sealed record IncidentSummary(
    long Id,
    string Type,
    string? Date,
    string? Place,
    string? Country,
    string Status,
    int Reports,
    string? Killed,
    bool Disputed);
