using Dossier.Core.Ingest;

namespace Dossier.Cli.Ingest;

/// <summary>One input in `dossier ingest --json` (docs/cli-json.md).</summary>
internal sealed record IngestItemJson(string File, IngestOutcome Outcome, string? Sha256, long? SourceId, long? DocumentId, long SizeBytes, string? Reason, IReadOnlyList<string> Warnings)
{
    public static IngestItemJson From(string displayName, IngestResult result) =>
        new(displayName, result.Outcome, result.Sha256, result.SourceId, result.DocumentId, result.SizeBytes, result.Reason, result.Warnings);
}
