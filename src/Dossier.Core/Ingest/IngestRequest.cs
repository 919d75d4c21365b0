using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Ingest;

/// <summary>
/// One report to ingest: its file name (the extension decides the format; without one the
/// content is sniffed), its bytes as a stream, and what the person ingesting says about it.
/// </summary>
public sealed record IngestRequest(string FileName, Stream Content, SourceMetadata Metadata);
