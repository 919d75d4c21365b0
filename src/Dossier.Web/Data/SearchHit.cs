namespace Dossier.Web.Data;

/// <summary>A full-text hit: a report, with a short snippet around the match.</summary>
public sealed record SearchHit(long SourceId, string Title, string? Publisher, string Snippet);
