namespace Dossier.Web.Data;

/// <summary>What happened to an uploaded file: the same outcome and message the CLI's ingest prints.</summary>
public sealed record UploadResult(bool Accepted, string Message, long? SourceId, IReadOnlyList<long> IncidentIds);
