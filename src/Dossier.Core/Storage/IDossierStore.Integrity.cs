using Dossier.Core.Audit;
using Dossier.Core.Integrity;

namespace Dossier.Core.Storage;

public partial interface IDossierStore
{
    /// <summary>
    /// Recomputes every source's SHA-256 and every document's text hash and walks the audit
    /// chain; reports every mismatch found.
    /// </summary>
    Task<IntegrityReport> VerifyAsync(CancellationToken cancellationToken);

    /// <summary>Audit rows, oldest first, optionally only those about one record.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string? entity, string? entityId, int limit, CancellationToken cancellationToken);
}
