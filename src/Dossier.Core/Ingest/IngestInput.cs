using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Ingest;

/// <summary>
/// One report of a batch for <see cref="ParallelIngest"/>: its file name, how to open its bytes (called
/// once, on a worker thread, when the report's turn comes; an <see cref="IOException"/> or
/// <see cref="UnauthorizedAccessException"/> makes it a failed report), and its metadata. Immutable.
/// </summary>
public sealed record IngestInput(string FileName, Func<Stream> Open, SourceMetadata Metadata);
