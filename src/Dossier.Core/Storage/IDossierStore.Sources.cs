using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Storage;

public partial interface IDossierStore
{
    /// <summary>All sources, oldest first.</summary>
    Task<IReadOnlyList<SourceSummary>> ListSourcesAsync(CancellationToken cancellationToken);

    Task<SourceSummary?> FindSourceAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>The original bytes, unchanged; null when no source has this hash.</summary>
    Task<byte[]?> ReadSourceContentAsync(string sha256, CancellationToken cancellationToken);

    Task<StoredDocument?> GetDocumentAsync(long documentId, CancellationToken cancellationToken);

    Task<long> CountDocumentsAsync(CancellationToken cancellationToken);
}
