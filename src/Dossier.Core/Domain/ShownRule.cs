namespace Dossier.Core.Domain;

/// <summary>Which step of the shown-value rule chose a field's shown value (docs/consolidation.md).</summary>
public enum ShownRule
{
    /// <summary>No usable claim.</summary>
    None,

    /// <summary>An analyst confirmed this value.</summary>
    Analyst,

    /// <summary>More independent publishers give this value than any other.</summary>
    Agreement,

    /// <summary>Publishers disagree evenly; the most reliable source's value is shown.</summary>
    Reliability,

    /// <summary>Only one independent publisher speaks to this field.</summary>
    SingleSource,
}
