namespace Dossier.Core.Audit;

/// <summary>One row of the append-only audit log, as stored. Immutable.</summary>
public sealed record AuditEntry(
    long Id,
    string At,
    string Actor,
    string Action,
    string Entity,
    string EntityId,
    string? BeforeJson,
    string? AfterJson,
    string PrevHash,
    string Hash);
