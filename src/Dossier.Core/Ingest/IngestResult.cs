namespace Dossier.Core.Ingest;

/// <summary>
/// The result of ingesting one report: the outcome, the hash when known, the ids of what was
/// written, the reason for a duplicate or failure, and warnings (a report can be added with
/// warnings, e.g. invalid UTF-8 replaced). Immutable.
/// </summary>
public sealed record IngestResult(
    string FileName,
    IngestOutcome Outcome,
    string? Sha256,
    long? SourceId,
    long? DocumentId,
    long SizeBytes,
    string? Reason,
    IReadOnlyList<string> Warnings)
{
    public static IngestResult Added(string fileName, string sha256, long sourceId, long documentId, long sizeBytes, IReadOnlyList<string> warnings) =>
        new(fileName, IngestOutcome.Added, sha256, sourceId, documentId, sizeBytes, null, warnings);

    public static IngestResult Duplicate(string fileName, string sha256, long sizeBytes, string firstFileName) =>
        new(fileName, IngestOutcome.Duplicate, sha256, null, null, sizeBytes, $"duplicate of {sha256} ({firstFileName})", []);

    public static IngestResult Failed(string fileName, string reason, long sizeBytes = 0) =>
        new(fileName, IngestOutcome.Failed, null, null, null, sizeBytes, reason, []);
}
