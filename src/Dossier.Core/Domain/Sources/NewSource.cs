namespace Dossier.Core.Domain.Sources;

/// <summary>An original report to archive: its bytes unchanged, addressed by their SHA-256. Immutable.</summary>
public sealed record NewSource(
    string Sha256,
    string FileName,
    string MediaType,
    ReadOnlyMemory<byte> Content,
    SourceMetadata Metadata,
    DateTimeOffset AddedAt);
