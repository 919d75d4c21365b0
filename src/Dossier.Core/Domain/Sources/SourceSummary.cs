namespace Dossier.Core.Domain.Sources;

/// <summary>An archived source without its bytes, as listed. Dates are ISO 8601 text. Immutable.</summary>
public sealed record SourceSummary(
    long Id,
    string Sha256,
    string FileName,
    string MediaType,
    long SizeBytes,
    string? Title,
    string? Publisher,
    string? Published,
    string? PublishedPrecision,
    string? Url,
    string? Reliability,
    string AddedBy,
    string AddedAt);
