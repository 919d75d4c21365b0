using Dossier.Core.Domain.Sources;

namespace Dossier.Cli.Sources;

/// <summary>One source in `dossier sources --json` (docs/cli-json.md).</summary>
internal sealed record SourceJson(
    long Id, string Sha256, string FileName, string MediaType, long SizeBytes, string? Title, string? Publisher,
    string? Published, string? PublishedPrecision, string? Url, string? Reliability, string AddedBy, string AddedAt)
{
    public static SourceJson From(SourceSummary s) =>
        new(s.Id, s.Sha256, s.FileName, s.MediaType, s.SizeBytes, s.Title, s.Publisher, s.Published, s.PublishedPrecision, s.Url, s.Reliability, s.AddedBy, s.AddedAt);
}
