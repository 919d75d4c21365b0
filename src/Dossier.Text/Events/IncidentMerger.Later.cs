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
        if (raid.Counts.Count == 0 || arrests.CountToDate)
        {
            return false; // "At least 310 people have been arrested" in a new paragraph: the crackdown's count so far
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

    /// <summary>
    /// "A woman said she counted the bodies of eleven men from her block" told before the report gives the massacre's
    /// own toll: someone's account that found no killing before it joins the first killing told after it, whose figure
    /// stands, once the whole report is read. A body's finding told first ("They documented the killing of 50") is the
    /// report's own figure and stays.
    /// </summary>
    private static void JoinEarlyAccounts(List<IncidentDraft> drafts)
    {
        var inOrder = drafts.OrderBy(d => d.FirstSentence).ToList();
        for (var i = 0; i < inOrder.Count; i++)
        {
            var account = inOrder[i];
            if (!account.SaidBySomeone || account.OwnDate is not null)
            {
                continue;
            }

            for (var j = i + 1; j < inOrder.Count && j <= i + MaxAccountReach; j++)
            {
                var incident = inOrder[j];
                if (!incident.Types.Any(IsKilling) || incident.OtherAccount || incident.Aggregate || !incident.IsSpecific)
                {
                    continue;
                }

                if (Covers(incident, account) && !OneAgainstMany(incident, account) && !TimeOrPlaceConflict(incident, account) && PartOf(account, incident))
                {
                    foreach (var (key, count) in account.Counts)
                    {
                        incident.Counts.TryAdd(key, count); // the incident's own figure stands
                    }

                    incident.Evidence.InsertRange(0, account.Evidence);
                    incident.Triggers.InsertRange(0, account.Triggers);
                    incident.FirstSentence = Math.Min(incident.FirstSentence, account.FirstSentence);
                    drafts.Remove(account);
                }

                break; // only the next killing told is the one the account speaks of
            }
        }
    }

    /// <summary>Every figure of the account is at most the incident's for the same key: a witness sees a part of the toll.</summary>
    private static bool PartOf(IncidentDraft account, IncidentDraft incident)
    {
        foreach (var (key, count) in account.Counts)
        {
            if (incident.Counts.TryGetValue(key, out var whole) && count.Min > whole.Max)
            {
                return false;
            }
        }

        return true;
    }

    // Drafts after an early account among which the killing it speaks of is looked for.
    private const int MaxAccountReach = 4;
}
