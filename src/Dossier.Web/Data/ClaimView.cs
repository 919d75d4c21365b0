namespace Dossier.Web.Data;

/// <summary>A claim as shown: "source S says field = value", with where in the source it says so.</summary>
public sealed record ClaimView(
    long Id,
    long IncidentId,
    string Field,
    string Value,
    long? SourceId,
    string? SourceTitle,
    string? Publisher,
    int? SpanStart,
    int? SpanEnd,
    string? Quote,
    string? Speaker,
    string RecordedBy,
    string Status,
    string? Note,
    DateTimeOffset RecordedAt);
