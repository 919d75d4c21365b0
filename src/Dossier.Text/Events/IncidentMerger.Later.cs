namespace Dossier.Text.Events;

/// <summary>
/// How <see cref="IncidentMerger"/> joins what a report tells apart from the incident's first telling: its figures told
/// after it, its day told in detail later, another source's account of its dead.
/// </summary>
internal sealed partial class IncidentMerger
{
    /// <summary>
    /// "The Forum is appalled by the killing of civilians in Kishishe on 29 and 30 November", then in the next paragraph
    /// "an inquiry found that at least 131 civilians were killed": the figures of the incident named just before without
    /// any, told with no date, place or period of their own.
    /// </summary>
    private static bool FiguresLater(IncidentDraft incident, IncidentDraft figures) =>
        incident.Date is not null && incident.Counts.Count == 0 && !incident.Tally
        && figures.OwnDate is null && figures.Counts.Count > 0 && !figures.Tally && figures.PlaceRank >= 4
        && figures.Paragraph - incident.Paragraph is 0 or 1;

    /// <summary>
    /// "Soldiers executed at least 500 people over five days in Moura", then paragraphs later "a helicopter opened fire on
    /// the market on the morning of 27 March": the report's first and only act of violence, told with its toll but no day,
    /// and then in detail with its day. Only a dated act of the same raid that gives no figure of its own joins.
    /// </summary>
    private static bool DetailsLater(IncidentDraft incident, IncidentDraft details) =>
        incident.Date is null && incident.Counts.Count > 0 && !incident.Tally && RaidActs(incident)
        && details.OwnDate is not null && details.Counts.Count == 0 && !details.Tally && RaidActs(details)
        && details.Paragraph - incident.Paragraph <= 3;

    /// <summary>
    /// The incident a second account of dead or hurt speaks of: the killing told last, when the account gives
    /// no date or place of its own. Its figure joins only where the incident has none (FORMAT: the report's own
    /// or leading figure stands).
    /// </summary>
    private static IncidentDraft? AccountedIncident(List<IncidentDraft> drafts, IncidentDraft next)
    {
        if (!next.OtherAccount)
        {
            return null;
        }

        for (var i = drafts.Count - 1; i >= 0 && i >= drafts.Count - MaxLookBack; i--)
        {
            var candidate = drafts[i];
            if (!candidate.Aggregate && candidate.Types.Any(IsKilling) && candidate.IsSpecific && Covers(candidate, next) && !OneAgainstMany(candidate, next))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Across a paragraph break, arrests join a raid only as one more exact figure of a raid told with its figures
    /// ("34 killed and 78 wounded", then "She said 259 people had been arrested"); "Thousands have been detained"
    /// after an account of one death is the wider crackdown.
    /// </summary>
    private static bool FiguresOfARaid(IncidentDraft raid, IncidentDraft arrests)
    {
        if (raid.Counts.Count == 0)
        {
            return false;
        }

        foreach (var count in arrests.Counts.Values)
        {
            if (!count.IsExact)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Thousands have been detained" after one arrest: a range of a kind the incident has no figure for, or one that leaves
    /// its figure out. "Dozens were wounded" after a shooting is no wider count: the wounded are the violence's own.
    /// </summary>
    private static bool VagueNewFigure(IncidentDraft incident, IncidentDraft mention)
    {
        foreach (var (key, count) in mention.Counts)
        {
            if (key == "injured" && incident.IsViolent && !incident.Counts.ContainsKey(key))
            {
                continue;
            }

            if (!count.IsExact && (!incident.Counts.TryGetValue(key, out var told) || told.Max < count.Min || told.Min > count.Max))
            {
                return true;
            }
        }

        return false;
    }
}
