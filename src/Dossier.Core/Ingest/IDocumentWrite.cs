using Dossier.Core.Domain.Documents;
using Dossier.Core.Storage;

namespace Dossier.Core.Ingest;

/// <summary>
/// What a <see cref="IDocumentProcessor"/> prepared for one document, written inside that document's
/// ingest transaction once the source and document rows exist.
/// </summary>
public interface IDocumentWrite
{
    Task WriteAsync(StoredDocument document, IRecordWriter writer, CancellationToken cancellationToken);
}
