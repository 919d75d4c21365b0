namespace Dossier.Core.Integrity;

/// <summary>What verification found wrong.</summary>
public enum IntegrityProblemKind
{
    /// <summary>An archived source's bytes no longer hash to its SHA-256.</summary>
    SourceHashMismatch,

    /// <summary>A document's text no longer hashes to its stored text hash.</summary>
    DocumentHashMismatch,

    /// <summary>An audit row's hash does not match its content and the previous row's hash.</summary>
    AuditHashMismatch,

    /// <summary>An audit row does not point at the previous row's hash (a row removed or inserted).</summary>
    AuditChainBroken,

    /// <summary>A record has no audit row for its creation (written around the store, or the log's tail was cut off).</summary>
    MissingAuditRow,
}
