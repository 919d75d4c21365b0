namespace Dossier.Web.Data;

/// <summary>An extracted span in a report's text (offsets into the document text) and the claim it supports.</summary>
public sealed record Highlight(int Start, int End, string Kind, string Label, long? ClaimId, long? IncidentId);
