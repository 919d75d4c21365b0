using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation.Queries;

/// <summary>A claim as shown to a reader: the value, its source, and the exact text it came from. Immutable.</summary>
public sealed record ClaimRecord(long Id, long IncidentId, string Field, string Value, string Display, ClaimStatus Status, string RecordedBy)
{
    public long? SourceId { get; init; }

    public string? SourceFile { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The source's grade, else its publisher's; null when ungraded.</summary>
    public string? Reliability { get; init; }

    public int? SpanStart { get; init; }

    public int? SpanEnd { get; init; }

    /// <summary>The document text at [SpanStart, SpanEnd): what the source actually says.</summary>
    public string? Quote { get; init; }

    public string? Speaker { get; init; }

    public long? LinkId { get; init; }

    /// <summary>True when the source's text copies an earlier source (counted once).</summary>
    public long? DuplicateOf { get; init; }
}
