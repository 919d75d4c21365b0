using Dossier.Core.Domain.Documents;
using Dossier.Core.Storage;

namespace Dossier.Core.Ingest;

/// <summary>
/// A step run on each newly stored document inside its ingest transaction (for example the
/// extraction pipeline). Whatever it writes through the writer commits or rolls back together
/// with the source and document, so a document is never left half-processed.
/// </summary>
public interface IDocumentProcessor
{
    /// <summary>Stable lowercase id ("extract").</summary>
    string Name { get; }

    Task ProcessAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken);
}
