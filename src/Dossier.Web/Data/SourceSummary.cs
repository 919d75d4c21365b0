namespace Dossier.Web.Data;

/// <summary>One report in lists (latest reports, sources API).</summary>
public sealed record SourceSummary(long Id, string Title, string? Publisher, string? Published, string Sha256, DateTimeOffset AddedAt, string AddedBy);
