namespace Dossier.Web.Data;

/// <summary>A report that describes an incident, in the order the reports appeared.</summary>
public sealed record TimelineEntry(long SourceId, string Title, string? Publisher, string? Published, int Claims);
