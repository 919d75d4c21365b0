using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Dates that a sentence names near an act but that are not the act's: a deadline ("by Thursday morning"), a date a
/// counted gap away ("a day after"), the date of a judgment told before what it judged ("sentenced in February 2015
/// over a bomb attack on 3 March 2014").
/// </summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>"27 bodies had been collected by Thursday morning": a deadline, not the day of the act.</summary>
    private static bool Deadline(TokenIndex ix, int date) =>
        ix.Doc.Dates[date].Kind is DateKind.Weekday && ix.Is(ix.DateTokens(date).First - 1, "by");

    private static readonly WordSet TollRises = new("rose risen climbed reached stood stands");
    // "the first count on Tuesday night", not "convicted on one count on 5 May"
    private static readonly WordSet CountQualifiers = new("first initial official latest previous death body own");

    /// <summary>
    /// "The death toll rose to 118 on Thursday", "the first count on Tuesday night was thirty dead": a day right after a
    /// toll's figure, or after the toll itself, is the day the toll was counted, not the day of the act.
    /// </summary>
    private static bool TollsDay(TokenIndex ix, int date)
    {
        var t = ix.DateTokens(date).First - 1;
        if (ix.Is(t, "on") || ix.Is(t, "by"))
        {
            t--;
        }

        if (ix.IsAny(t, CountFinder.TollWords) && (!ix.Is(t, "count") || ix.IsAny(t - 1, CountQualifiers)))
        {
            return true; // "Prosecutors' first count on Tuesday night was about thirty dead"
        }

        if (ix.QuantityAt(t) is var q and >= 0)
        {
            t = ix.QuantityTokens(q).First - 1;
            while (ix.IsAny(t, FigureHedges))
            {
                t--; // "rose to at least 118"
            }

            return ix.IsAny(t, TollRises) || (ix.Is(t, "to") || ix.Is(t, "at")) && ix.IsAny(t - 1, TollRises);
        }

        return false;
    }

    private static readonly WordSet ChargeWords = new("over for of");

    /// <summary>
    /// "sentenced to 25 years for stabbing to death the anthropologist Myrna Mack on 11 September 1990": after a legal step,
    /// "for" or "over" and the act it judged, a date at <paramref name="dateToken"/> is the judged act's, not the judgment's.
    /// </summary>
    private static bool JudgedActBefore(TokenIndex ix, List<TriggerHit> hits, TriggerHit legal, int dateToken)
    {
        if (legal.Entry.Type != EventTypes.LegalAction || legal.End > dateToken)
        {
            return false;
        }

        foreach (var hit in hits)
        {
            if (hit.Entry.Type == EventTypes.LegalAction || hit.First < legal.End || hit.First >= dateToken)
            {
                continue;
            }

            for (var t = legal.End; t < hit.First; t++)
            {
                if (ix.Is(t, "for") || ix.Is(t, "over"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A legal step told before the date at token <paramref name="dateToken"/>, and "over", "for" or "of" between the date
    /// and the act at token <paramref name="act"/>: the act is what it judged.
    /// </summary>
    private static bool ChargedOver(TokenIndex ix, List<TriggerHit> hits, int dateToken, int act)
    {
        var legalBefore = false;
        foreach (var hit in hits)
        {
            legalBefore |= hit.Entry.Type == EventTypes.LegalAction && hit.End <= dateToken;
        }

        if (!legalBefore)
        {
            return false;
        }

        for (var t = ix.DateTokens(ix.DateAt(dateToken)).End; t < act; t++)
        {
            if (ix.IsAny(t, ChargeWords))
            {
                return true;
            }

            if (ix.IsPunctuation(t))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet GapUnits = new("day days week weeks month months");

    /// <summary>"a day after", "two weeks before": a counted gap between the date's token and the act's, which then falls on another day.</summary>
    private static bool CountedGapBetween(TokenIndex ix, int dateToken, int act)
    {
        for (var t = dateToken + 1; t + 1 < act; t++)
        {
            if (ix.IsAny(t, GapUnits) && (ix.Is(t + 1, "after") || ix.Is(t + 1, "before"))
                && (ix.Is(t - 1, "a") || ix.Is(t - 1, "one") || ix.QuantityAt(t - 1) >= 0))
            {
                return true;
            }
        }

        return false;
    }
}
