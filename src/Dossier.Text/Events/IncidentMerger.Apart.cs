using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Incidents <see cref="IncidentMerger"/> keeps apart although their kinds or days would let them join: flight told in a
/// paragraph of its own, and a dated incident after the vague summary of many or an overview of the week it falls in.
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
        // "Police used tear gas against demonstrators during the past week", then "On Tuesday, 15,000 people marched":
        // a day of its own inside a span of days is one of the incidents the overview sums up, whether or not the overview
        // has figures of its own ("Eight people were killed during the week"). An incident that lasts days and has its
        // own figures ("held 60 guests hostage for four days") goes on into its last day.
        if ((candidate.Counts.Count == 0 || !Lasting(candidate)) && candidate.Date is { IsInterval: true, Precision: DatePrecision.Day } span && next.OwnDate is { IsInterval: false, Precision: DatePrecision.Day } day
            && span.Start < day.Start && day.End <= span.End && span.End.DayNumber - span.Start.DayNumber >= 3)
        {
            return true;
        }

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

    /// <summary>A hostage-taking, a siege or a detention: an act that itself goes on for days.</summary>
    private static bool Lasting(IncidentDraft draft) =>
        draft.Types.Contains(EventTypes.Abduction) || draft.Types.Contains(EventTypes.Siege) || draft.Types.Contains(EventTypes.Arrest);

    /// <summary>The gathering dated to a day told last, in the attack's paragraph or the one before, or null.</summary>
    private static IncidentDraft? GatheringBefore(List<IncidentDraft> drafts, IncidentDraft next)
    {
        for (var i = drafts.Count - 1; i >= 0 && i >= drafts.Count - 5; i--)
        {
            var candidate = drafts[i];
            if (next.Paragraph - candidate.Paragraph > 1)
            {
                break;
            }

            if (candidate.Types.Contains(EventTypes.Protest) && candidate.Date is { Precision: DatePrecision.Day, IsInterval: false })
            {
                return candidate; // a gathering on a day, not a strike that went on for months
            }
        }

        return null;
    }
}
