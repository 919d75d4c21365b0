namespace Dossier.Core.Domain;

/// <summary>
/// The value shown for one field of an incident, why it was chosen, how many independent publishers
/// support it, the low/high across all sources for counts, and whether sources disagree. Immutable.
/// </summary>
public sealed record ShownValue(string Field, string? Value, ShownRule Rule, int Support)
{
    /// <summary>The value in words ("52", "Camp Ashraf", "Iraqi forces, Nouri al-Maliki").</summary>
    public string? Display { get; init; }

    /// <summary>Lowest and highest figure across every source (counts only).</summary>
    public CountRange? LowHigh { get; init; }

    /// <summary>True when sources give values that cannot all be right together.</summary>
    public bool Disagreement { get; init; }

    /// <summary>How many distinct values the sources give.</summary>
    public int DistinctValues { get; init; }
}
