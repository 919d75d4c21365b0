namespace Dossier.Core.Ingest;

/// <summary>Limits applied to every report ingested. Immutable.</summary>
public sealed record IngestOptions
{
    public const long DefaultMaxBytes = 25L * 1024 * 1024;

    /// <summary>Reports larger than this are refused without being read further.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
