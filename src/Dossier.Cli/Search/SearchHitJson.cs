namespace Dossier.Cli.Search;

/// <summary>One hit in `dossier search --json` (docs/cli-json.md).</summary>
internal sealed record SearchHitJson(long DocumentId, string Sha256, string FileName, string? Title, string Snippet, double Rank);
