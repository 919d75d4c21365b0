namespace Dossier.Web.Data;

/// <summary>A report: its metadata, its extracted text and the spans found in it.</summary>
public sealed record ReportView(
    long SourceId,
    string Title,
    string? Publisher,
    string? Url,
    string? Published,
    string Sha256,
    string FileName,
    string MediaType,
    string Text,
    IReadOnlyList<Highlight> Highlights);
