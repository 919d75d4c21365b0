using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;

namespace Dossier.Core.Consolidation;

/// <summary>
/// What the shown-value rule needs to know of a source: its publisher, its reliability (own grade, else
/// the publisher's) and, when its text copies an earlier source, that source's id. Immutable.
/// </summary>
public sealed record SourceView(long Id, string? Publisher)
{
    public SourceReliability? Grade { get; init; }

    public SourceReliability? PublisherGrade { get; init; }

    /// <summary>The earlier source this one's text is a near-duplicate of, if any.</summary>
    public long? DuplicateOf { get; init; }

    public SourceReliability EffectiveGrade => Grade ?? PublisherGrade ?? SourceReliability.F;
}
