namespace Dossier.Cli.Ingest;

/// <summary>What a batch did, as printed at the end and as `dossier ingest --json` (docs/cli-json.md).</summary>
internal sealed record IngestSummary(int Added, int Duplicates, int Failed, int Warnings, long BytesAdded, bool Cancelled, IReadOnlyList<IngestItemJson> Items);
