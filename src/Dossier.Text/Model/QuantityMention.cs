namespace Dossier.Text.Model;

/// <summary>
/// A number of people or things: <see cref="Min"/> = <see cref="Max"/> for an exact figure, a range for a
/// vague amount ("dozens" is 24–99). <see cref="Noun"/> is the span of the head noun it counts, if found.
/// Immutable.
/// </summary>
public sealed record QuantityMention(TextSpan Span, long Min, long Max)
{
    public bool IsExact => Min == Max;

    /// <summary>"around 2,800", "nearly 50", "more than 100": recorded as the figure, flagged here.</summary>
    public bool Approximate { get; init; }

    /// <summary>"tens", "dozens", "hundreds of": a range by convention.</summary>
    public bool Vague { get; init; }

    /// <summary>The counted noun's head ("women", "people", "executions"), when found.</summary>
    public TextSpan? Noun { get; init; }

    /// <summary>True when the figure is a sum of parts ("six women and one man").</summary>
    public bool IsSum { get; init; }

    /// <summary>What the figure measures; consumers counting victims should take only <see cref="QuantityKind.Count"/>.</summary>
    public QuantityKind Kind { get; init; } = QuantityKind.Count;

    /// <summary>The qualifier that makes it approximate ("more than", "around", "exceeds"), when present.</summary>
    public TextSpan? Qualifier { get; init; }
}
