using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Adds a sentence's incident to the document's list, merging it into an earlier incident when both
/// name the same one: the same date, the same place or figure, a definite reference ("the massacre",
/// "the hostages"), or a loose follow-up right after a specific account. "Other", "another" and
/// counted incident nouns ("three massacres") always start a new incident. Stateless.
/// </summary>
internal sealed partial class IncidentMerger
{
    private const int MaxLookBack = 40;

    public void Add(List<IncidentDraft> drafts, IncidentDraft next)
    {
        // "Hundreds gathered on 8 December to protest a beating the night before. Security forces opened fire on the
        // crowd.": the attack took place at the gathering, on its day, not at the beating; gathering and attack are one incident.
        var target = next.AtCrowd && next.OwnDate is null ? GatheringBefore(drafts, next) : null;
        // "1. The attack on Umm Dalal" heads the section that tells it: the heading opens an incident, it continues none.
        target ??= next.Distinct || next.Aggregate || next.HeadingParagraph >= 0 ? null : FindTarget(drafts, next) ?? AccountedIncident(drafts, next);
        if (target is null)
        {
            drafts.Add(next);
            return;
        }

        Merge(target, next);
        drafts.Remove(target);
        drafts.Add(target); // most recently mentioned last, so anaphora finds it first
    }

    private static IncidentDraft? FindTarget(List<IncidentDraft> drafts, IncidentDraft next)
    {
        // The nearest incident of the mention's own paragraph that it could join, for a loose mention.
        IncidentDraft? nearby = null;

        // Incidents named long before are not resumed by a loose mention; the bound also keeps merging linear.
        var kindSeen = false;
        var violenceSeen = false;

        // Found when first asked for: the rules that ask are rare, and each answer holds for the whole search.
        int? firstViolent = null;
        bool? figureKnown = null;
        bool? actToldBefore = null;
        int FirstViolentIndex() => firstViolent ??= drafts.FindIndex(d => d.IsViolent);
        bool FigureKnown() => figureKnown ??= AnyWithSameFigure(drafts, next);
        bool ActToldBefore() => actToldBefore ??= AnyCovering(drafts, next);

        for (var i = drafts.Count - 1; i >= 0 && i >= drafts.Count - MaxLookBack; i--)
        {
            var candidate = drafts[i];
            var latestOfKind = !kindSeen && candidate.Primary == next.Primary;
            kindSeen |= candidate.Primary == next.Primary;
            var latestViolence = !violenceSeen && candidate.IsViolent;
            violenceSeen |= candidate.IsViolent;
            if (candidate.LastSentence == next.FirstSentence && candidate.Types.Contains(EventTypes.Arrest) != next.Types.Contains(EventTypes.Arrest))
            {
                continue; // "arrested six men over an attack": the sentence already kept the arrest apart
            }

            if (FledWithOwnFigure(candidate, next) || SummarisedBy(candidate, next) || candidate.LaterPart && next.OwnDate is null)
            {
                continue; // what follows "and one more the following day" without a day of its own is of the main part
            }

            if (candidate.HeadingParagraph >= 0 && next.Paragraph == candidate.HeadingParagraph + 1 && (next.OwnDate is null || next.OwnDate == candidate.Date) && Compatible(candidate, next))
            {
                return candidate; // the item's text tells what its heading named
            }

            if (next.OtherAccount && !candidate.Aggregate && Compatible(candidate, next) && SharesCountKey(next, candidate) && !OneAgainstMany(candidate, next))
            {
                return candidate; // a quoted toll of an incident already counted: the report's first figure stands
            }

            // Reports tell one incident over consecutive sentences: a mention right after another of the
            // same kind continues it unless something (date, place, figure) says otherwise. A different
            // kind of act continues it only in the very next sentence, and only among the acts of one
            // raid (killing, abduction, attack, ...), or when one of the two is a bare "attack".
            // Items of a list ("- 6 March: ...", "- 8 March: ...") each tell their own incident.
            var adjacent = i == drafts.Count - 1 && next.Paragraph - candidate.Paragraph <= 1 && candidate.Item == next.Item;
            var nextSentence = next.FirstSentence - candidate.LastSentence <= 1 && next.Paragraph == candidate.Paragraph;
            var sameKind = candidate.Primary == next.Primary;
            var raid = RaidActs(candidate) && (RaidActs(next) || nextSentence && RaidWithFlight(next)) && (nextSentence || candidate.Types.Contains(EventTypes.Attack) || next.Types.Contains(EventTypes.Attack))
                && !(candidate.Date is null && next.Date is not null && !next.Types.Contains(EventTypes.Attack));
            // "She said 259 people had been arrested": arrests told right after a dated raid, with no date, place
            // or suspects of their own, are of people held in that raid.
            var aftermath = adjacent && (next.Paragraph == candidate.Paragraph || FiguresOfARaid(candidate, next)) && next.FirstSentence > candidate.LastSentence && next.Counts.Count > 0 && !next.ArrestsSuspects
                && next.OwnDate is null && next.PlaceRank >= 4 && next.Types.All(t => t == EventTypes.Arrest)
                && candidate.Date is not null && RaidActs(candidate) && !candidate.Tally && !next.Tally; // a running tally is no raid anyone was held in, nor are arrests counted over a month
            // "Ten bodies in one grave …" after another killing was told: the exact figure names the incident it counted.
            var countedElsewhere = adjacent && next.Counts.Count > 0 && !SameFigure(candidate, next) && CountedByAnother(drafts, candidate, next);
            // "Thousands have been detained" opening the next paragraph is the wider crackdown, not one more word on the last arrest.
            var widerCount = next.Paragraph != candidate.Paragraph && VagueNewFigure(candidate, next);
            var followUp = (adjacent && (sameKind || raid) && !countedElsewhere && !widerCount) || aftermath
                || (latestOfKind && FiguresLater(candidate, next) && !widerCount && !FigureKnown())
                || (latestViolence && DetailsLater(candidate, next) && i == FirstViolentIndex());
            if (candidate.Aggregate || !(followUp || Compatible(candidate, next)) || Conflicts(candidate, next))
            {
                continue;
            }

            if (candidate.Paragraph == next.Paragraph && candidate.IsViolent)
            {
                nearby ??= candidate;
            }

            if (candidate.Tally && !next.Tally && next.OwnDate is { } own && own != candidate.Date)
            {
                continue; // "since May 130 people have been shot dead", then "Haque was killed on 26 May": one of the many
            }

            if (candidate.Tally != next.Tally && SharesCountKey(next, candidate) && !SameFigure(candidate, next))
            {
                // "dozens of new arrests this week", then "its running count since 1 April stands at 3,000"; or the
                // tally first, then "dozens of people arrested after the looting in May": one of the tally's parts.
                continue;
            }

            var bothDated = candidate.Date is not null && next.OwnDate is not null;
            if (LegalStepsApart(candidate, next) && !bothDated)
            {
                continue; // "ordered an investigation" and "filed a lawsuit" are two acts
            }

            var samePlace = candidate.PlaceRank < 4 && next.PlaceRank < 4 && SamePlace(candidate, next);
            var sameFigure = SameFigure(candidate, next);
            // A loose mention (no date, figure or place of its own) of an act already reported is that act again.
            var loose = next.OwnDate is null && next.Counts.Count == 0 && next.PlaceRank >= 4 && Covers(candidate, next);
            // One day may see several acts: a shared date joins only a mention whose acts the incident has.
            var sameDay = bothDated && (sameKind || Covers(candidate, next));
            // "condemned the attack": a definite reference names an incident of its own act when one was told.
            var referred = next.Anaphoric && (Covers(candidate, next) || !ActToldBefore());
            if (next.Item >= 0 && candidate.Item != next.Item)
            {
                // An item of a list is an incident of its own, not another item's nor the overview's before the list,
                // unless it names the same day or figure, or refers back.
                if (sameDay || sameFigure || referred)
                {
                    return candidate;
                }

                continue;
            }

            if (sameDay || samePlace || sameFigure || referred || (next.Refers && ReferredTo(candidate, next)) || followUp)
            {
                return candidate;
            }

            if (loose)
            {
                // "she was beaten in the van": a loose mention is of the incident its own paragraph tells, when one could be.
                return candidate.Paragraph != next.Paragraph && nearby is not null ? nearby : candidate;
            }
        }

        return null;
    }

    /// <summary>Every act of <paramref name="mention"/> is among the acts of <paramref name="incident"/>.</summary>
    private static bool Covers(IncidentDraft incident, IncidentDraft mention) =>
        incident.Primary == mention.Primary || mention.Types.All(t => incident.Types.Contains(t) || (IsKilling(t) && incident.Types.Any(IsKilling)));

    // A state's execution is a killing to those who report it as one ("killed by the state").
    private static bool IsKilling(string type) => type is EventTypes.Killing or EventTypes.Execution;

    /// <summary>
    /// A definite reference with a figure names an incident of its own main act, or the attack its deaths came
    /// from ("the deaths of 300 men" after "forces overran the town"); "the arrest of dozens" after a wave of
    /// executions is another act.
    /// </summary>
    private static bool ReferredTo(IncidentDraft incident, IncidentDraft reference)
    {
        var (main, act) = (incident.Primary, reference.Primary);
        return main == act || (IsKilling(main) && IsKilling(act))
            || (main == EventTypes.Attack && reference.Types.All(t => t is EventTypes.Killing or EventTypes.Attack));
    }

    private static bool LegalStepsApart(IncidentDraft a, IncidentDraft b) =>
        a.LegalKinds.Count > 0 && b.LegalKinds.Count > 0 && !a.LegalKinds.Overlaps(b.LegalKinds)
        && a.Types.All(t => t == EventTypes.LegalAction) && b.Types.All(t => t == EventTypes.LegalAction);

    // A gathering that was attacked is one incident with the attack: what follows of the raid joins it too.
    private static bool RaidActs(IncidentDraft draft) => draft.OnlyRaidActs || draft.Types.Contains(EventTypes.Protest) && RaidActsWith(draft, EventTypes.Protest);

    /// <summary>"Seven civilians died, and dozens of families fled": acts of a raid with the flight they caused.</summary>
    private static bool RaidWithFlight(IncidentDraft draft) => RaidActsWith(draft, EventTypes.Displacement);

    /// <summary>At least one act of a raid, and every other type either one too or <paramref name="companion"/>.</summary>
    private static bool RaidActsWith(IncidentDraft draft, string companion)
    {
        var raid = false;
        foreach (var type in draft.Types)
        {
            if (type != companion && !EventTypes.IsRaidAct(type))
            {
                return false;
            }

            raid |= type != companion;
        }

        return raid;
    }

    private static void Merge(IncidentDraft target, IncidentDraft next)
    {
        foreach (var type in next.Types)
        {
            target.AddType(type);
        }

        // A later day inside a coarser date narrows it ("in May", then "on 3 May"); a span of days stays whole.
        if (next.Date is { } date && (target.Date is null || (!next.DateInherited && target.Date is { } old && Contains(old, date) && old != date
            && !(old.IsInterval && old.Precision == DatePrecision.Day))))
        {
            target.Date = date;
            target.DateSpan = next.DateSpan;
        }

        // "Eight of the killings took place in Cauca": where a part happened is not where the whole did.
        if (next.PlaceMention >= 0 && (target.PlaceMention < 0 || next.PlaceRank < target.PlaceRank && !next.Part))
        {
            target.PlaceMention = next.PlaceMention;
            target.PlaceEntity = next.PlaceEntity;
            target.PlaceRank = next.PlaceRank;
        }

        target.CountryHint ??= next.CountryHint;
        target.NamesCountry ??= next.NamesCountry;
        foreach (var (key, count) in next.Counts)
        {
            if (!DeadCountedAlready(target, key, count))
            {
                target.AddCount(key, count);
            }
        }

        foreach (var name in next.Perpetrators)
        {
            target.AddPerpetrator(name);
        }

        target.Victims ??= next.Victims;
        target.NamedVictim ??= next.NamedVictim;

        target.Evidence.AddRange(next.Evidence);
        target.Triggers.AddRange(next.Triggers);
        target.LegalKinds.UnionWith(next.LegalKinds);
        target.Paragraph = next.Paragraph;
        target.Item = next.Item;
        target.LastSentence = next.LastSentence;
        target.Anaphoric = false;
        target.Refers = false;
    }
}
