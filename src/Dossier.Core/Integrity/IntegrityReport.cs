namespace Dossier.Core.Integrity;

/// <summary>The outcome of verifying the archive: what was checked and every problem found. Immutable.</summary>
public sealed record IntegrityReport(long SourcesChecked, long DocumentsChecked, long AuditRowsChecked, IReadOnlyList<IntegrityProblem> Problems)
{
    public bool IsIntact => Problems.Count == 0;
}
