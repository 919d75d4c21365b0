namespace Dossier.Web.Data;

/// <summary>One row of the append-only audit log: who changed what, when, before and after.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Entity, string? Before, string? After);
