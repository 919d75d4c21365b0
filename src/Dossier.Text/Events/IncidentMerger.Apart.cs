namespace Dossier.Text.Events;

/// <summary>
/// Incidents <see cref="IncidentMerger"/> keeps apart although their kinds or days would let them join: flight told in a
/// paragraph of its own, and a dated incident after the vague summary of many.
/// </summary>
internal sealed partial class IncidentMerger
{
    /// <summary>
    /// "Several hundred Uzbeks had crossed into Kyrgyzstan overnight", told in a paragraph after the shooting: flight with
    /// its own figure is an incident of its own, not one more act of the violence it fled. Told in the same paragraph
    /// ("Aircraft bombed villages ... About three thousand villagers fled"), it is part of that account.
    /// </summary>
    private static bool FledWithOwnFigure(IncidentDraft candidate, IncidentDraft next) =>
        next.Types.All(t => t == EventTypes.Displacement) && next.Counts.ContainsKey("displaced")
        && !candidate.Types.Contains(EventTypes.Displacement) && next.Paragraph != candidate.Paragraph;

    /// <summary>
    /// "Armed groups killed scores of civilians. On 14 August, gunmen attacked Hemli, killing 31": an undated, vague count is
    /// a summary of many incidents, and a dated incident with an exact, smaller figure is one of them, not the summary again.
    /// </summary>
    private static bool SummarisedBy(IncidentDraft candidate, IncidentDraft next)
    {
        if (candidate.Date is not null || next.OwnDate is null)
        {
            return false;
        }

        foreach (var (key, count) in next.Counts)
        {
            if (count.IsExact && candidate.Counts.TryGetValue(key, out var summary) && !summary.IsExact && summary.Max > count.Max)
            {
                return true;
            }
        }

        return false;
    }
}
