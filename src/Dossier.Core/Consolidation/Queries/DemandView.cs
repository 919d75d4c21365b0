namespace Dossier.Core.Consolidation.Queries;

/// <summary>A demand with its source and the quoted sentence. Immutable.</summary>
public sealed record DemandView(long Id, long SourceId, string SourceFile, string? By, long? ByActorId, IReadOnlyList<string> Addressees, string What, string? Date, string Status)
{
    public string? Quote { get; init; }

    public string? SourceDate { get; init; }
}
