using Dossier.Text.Model;

namespace Dossier.Core.Domain.Sources;

/// <summary>
/// What the person ingesting a report says about it. Every field is optional except who adds it.
/// Immutable.
/// </summary>
public sealed record SourceMetadata(string AddedBy)
{
    public string? Publisher { get; init; }

    /// <summary>Publication date as given (day, month or year precision).</summary>
    public DateValue? Published { get; init; }

    /// <summary>True when the date was inferred rather than printed or given.</summary>
    public bool PublishedInferred { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Language { get; init; }

    public SourceReliability? Reliability { get; init; }
}
