namespace Dossier.Web.Data;

/// <summary>Who demanded what of whom, when, and in which report.</summary>
public sealed record DemandView(
    long Id,
    string By,
    string Addressees,
    string Text,
    string? Date,
    long SourceId,
    string SourceTitle,
    int? SpanStart,
    int? SpanEnd,
    string Status);
