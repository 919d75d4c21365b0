using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Storage;

public partial interface IRecordWriter
{
    /// <summary>The source with these bytes, seen from inside this transaction.</summary>
    Task<SourceSummary?> FindSourceAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Archives the original bytes; returns the new source id.</summary>
    Task<long> AddSourceAsync(NewSource source, CancellationToken cancellationToken);

    /// <summary>Stores a document's text and indexes it for search; returns the new document id.</summary>
    Task<long> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken);
}
