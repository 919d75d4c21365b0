using Dossier.Core.Domain;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>A demand as stored: who calls on whom to do what, from which source and span. Immutable.</summary>
public sealed record DemandRecord(long Id, long SourceId, string? By, long? ByActorId, string What, TextSpan Span, string RecordedBy)
{
    public IReadOnlyList<string> Addressees { get; init; } = [];

    public PartialDate? Date { get; init; }

    public string Status { get; init; } = "open";
}
