namespace Dossier.Core.Integrity;

/// <summary>One mismatch found by verification: what kind, which record, and what is wrong. Immutable.</summary>
public sealed record IntegrityProblem(IntegrityProblemKind Kind, string Entity, string EntityId, string Detail);
