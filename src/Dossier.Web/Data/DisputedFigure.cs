namespace Dossier.Web.Data;

/// <summary>A field whose sources disagree, with the range they span.</summary>
public sealed record DisputedFigure(long IncidentId, string IncidentType, string Field, string? Low, string? High, int Sources);
