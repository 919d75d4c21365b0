using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>One report to consolidate: its source, its text (for near-duplicate detection) and what the pipeline read in it. Immutable.</summary>
public sealed record ReportInput(long SourceId, string Text, ExtractionResult Extraction)
{
    public long? DocumentId { get; init; }

    public long? ExtractionId { get; init; }

    /// <summary>The text's fingerprint when already computed (outside the write transaction); else computed from <see cref="Text"/>.</summary>
    public TextFingerprint? Fingerprint { get; init; }
}
