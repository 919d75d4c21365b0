namespace Dossier.Text.Events;

/// <summary>
/// Decides from the words around a trigger whether it reports an incident that happened: negation,
/// modality and conditions, intentions and purposes, protection from harm, the thing a demand asks
/// for, generic plurals and adjectival participles all say it did not (yet). Stateless.
/// </summary>
internal sealed partial class TriggerJudge
{
    private const int Window = 8;

    private static readonly WordSet ClauseBreakWords = new(
        "that which who whom whose while because since although though but when where whereas unless until");

    private static readonly WordSet Negations = new("no not never n't none nobody without neither nor cannot");
    private static readonly WordSet Modals = new("will would could might may must should shall can 'll wo");
    private static readonly WordSet EstimateModals = new("may might must");

    /// <summary>"up to 200 people may have been killed": a guess about what happened, told as a claim; never "would have".</summary>
    private static bool PastEstimate(TokenIndex ix, int modal) => ix.IsAny(modal, EstimateModals) && ix.Is(modal + 1, "have");
    private static readonly WordSet Conditions = new("if unless whether lest");
    private static readonly WordSet WarningVerbs = new("warned warning warns warn");

    private static readonly WordSet Prevention = new(
        "protect protected protecting protection prevent preventing prevention refrain refraining avoid avoiding stop " +
        "stopping safe safety shield deter risk risks risked risking threat threats threatened threatening threaten fear " +
        "fears feared danger possible potential plan plans planned planning intend intends intended aim aims " +
        "attempt attempts any further future imminent prospect prospects such expect expects expected " +
        "denied denies deny denying");

    private static readonly WordSet Denials = new("denied denies deny denying rejected rejects dismissed dismisses");
    private static readonly WordSet ClaimNouns = new("claims claim reports report allegations allegation accusations suggestions");

    /// <summary>"denied that soldiers had killed anyone", "rejected claims that police fired": the act is denied, not told.</summary>
    private static bool DeniedClause(TokenIndex ix, int clauseStart) =>
        ix.Is(clauseStart - 1, "that")
        && (ix.IsAny(clauseStart - 2, Denials)
            || ix.IsAny(clauseStart - 2, ClaimNouns) && ix.IsAny(clauseStart - 3, Denials));

    // "witnesses saw soldiers fire into the crowd": a bare verb after a verb of perception tells what was seen.
    private static readonly WordSet PerceptionVerbs = new("saw seen watched witnessed heard");

    private static readonly WordSet ContinuingVerbs = new(
        "continue continues continued continuing began begin begins started start starts keep keeps kept used");

    private static readonly WordSet NounAfterTo = new(
        "subjected exposed due owing response prior related lead led leading according resorted contributed");

    private static readonly WordSet CallVerbs = new("called calling calls call appealed appeal appeals pressed pressing");

    private static readonly WordSet DemandVerbs = new(
        "demanded demanding demand demands urged urging urge want wants wanted seek seeking sought requested " +
        "request requesting requests promised promise promises pledged pledge pledges vowed vow vows");

    private static readonly WordSet IntentionVerbs = new(
        "launch open conduct hold carry start establish set organise organize stage commit allow order support permit " +
        "accept back create extend impose renew expand");

    private static readonly WordSet Determiners = new(
        "the this these those that a an its their his her our your my such every each some many all both");

    private static readonly WordSet Definites = new("the this these those that");
    private static readonly WordSet DistinctWords = new("other another separate new second third fresh");

    // Counting words, for when no quantity layer ran or it left a word out ("five other massacres").
    private static readonly WordSet NumberWords = new(
        "two three four five six seven eight nine ten eleven twelve several numerous multiple many dozens " +
        "hundreds thousands scores countless repeated");

    private static readonly WordSet Complements = new(
        "of against on in at by during targeting near inside outside across into from");

    private static readonly WordSet BareBe = new("be");

    // "protests have continued", "raids took place": a plural that is a subject of such a verb was real.
    private static readonly WordSet SubjectVerbs = new(
        "have has had were took continued erupted broke spread began resumed followed left");

    // "held public meetings", "staged sit-ins": a plural that is the object of such a verb was real.
    private static readonly WordSet HoldingVerbs = new(
        "held staged organised organized conducted launched led joined carried committed holds stages");
    private static readonly WordSet NewsWords = new("news press media");
    private static readonly WordSet PurposeNouns = new("protest protests vigil rally demonstration commemoration memory demanding chanting");

    // "gathered to mourn", "gathered to demand": what a crowd gathers for when it protests; "had gathered to sit
    // their examinations" or "the names gathered ... come to" is no protest.
    private static readonly WordSet PurposeVerbs = new(
        "protest demand demonstrate mourn commemorate mark remember honour honor denounce condemn call air voice " +
        "celebrate rally pray oppose support express lay light sing chant march block greet hear listen show pay " +
        "defy reject urge insist challenge dispute");
    private static readonly WordSet SentenceWords = new("sentenced sentence sentences term terms years months");

    // "detention centre", "protest movement": the trigger word only modifies the noun after it.
    private static readonly WordSet ModifiedNouns = new(
        "centre centres center centers facility facilities camp camps conditions site sites leader leaders " +
        "movement movements organiser organisers organizer organizers campaign campaigns law laws cell cells " +
        "unit units powers power order orders squad squads victims survivors sites rules tactics rifle rifles " +
        "weapon weapons helicopter helicopters vehicle vehicles boats supporter supporters member members activist activists " +
        "spokesman spokeswoman spokesperson official officials");

    // "commission of inquiry", "court of investigation": part of a body's name.
    private static readonly WordSet BodyHeads = new("commission committee court board panel mission");

    // Every word the window before a trigger is tested against (declared after the sets it joins, in this file, so
    // that they are built first): one test turns away the words none of them holds, most of the window.
    private static readonly WordSet WindowCues = new([Negations, Modals, Conditions, WarningVerbs, Prevention]);

    public TriggerReading Judge(TokenIndex ix, int sentenceFirst, int first, int end, TriggerEntry entry)
    {
        var clauseStart = ClauseStart(ix, sentenceFirst, first);
        var isNoun = entry.Role is TriggerRole.VictimNoun or TriggerRole.IncidentNoun or TriggerRole.NounOrVerb;

        for (var t = first - 1; t >= clauseStart && t >= first - Window; t--)
        {
            if (ix.DateAt(t) >= 0)
            {
                continue; // "14 May 2016" holds no modal
            }

            if (!ix.IsAny(t, WindowCues))
            {
                continue;
            }

            if (ix.IsAny(t, Negations) || (ix.Is(t, "no") && ix.Is(t + 1, "one")))
            {
                return TriggerReading.Not("negated");
            }

            if (ix.IsAny(t, Modals) && !PastEstimate(ix, t))
            {
                return TriggerReading.Not("modal");
            }

            if (ix.IsAny(t, Conditions))
            {
                return TriggerReading.Not("conditional");
            }

            if (ix.IsAny(t, WarningVerbs) && ix.Is(t + 1, "of"))
            {
                return TriggerReading.Not("warned of"); // "warned of a bloodbath": what may come, not what came
            }

            if (ix.IsAny(t, Prevention) && !(ix.Is(t, "such") && CountFinder.Usable(ix, t - 1) >= 0)
                && !(ix.Is(t, "further") && CountFinder.Usable(ix, t + 1) >= 0))
            {
                // "more than 120 such killings" are counted, so they took place; "such attacks" alone may not have.
                // "a further 37 bodies" adds to a count; "further killings" have not happened.
                return TriggerReading.Not("prevention or threat");
            }
        }

        if (DeniedClause(ix, clauseStart))
        {
            return TriggerReading.Not("denied");
        }

        if (ExpectedInClause(ix, clauseStart, first) || isNoun && ExpectedAfter(ix, end))
        {
            return TriggerReading.Not("expected");
        }

        if (IsInfinitive(ix, first, entry.Role))
        {
            return TriggerReading.Not("intention");
        }

        if (entry.Role == TriggerRole.BaseVerb && !(ix.Is(first - 1, "to") && ix.IsAny(first - 2, ContinuingVerbs))
            && !WordBefore(ix, clauseStart, first, 4, PerceptionVerbs) && !ChronicleVerb(ix, sentenceFirst, first))
        {
            return TriggerReading.Not("base verb"); // only "continues to obstruct" or "saw police fire into" reports an act
        }

        if (isNoun && IsDemandedThing(ix, clauseStart, first))
        {
            return TriggerReading.Not("demanded");
        }

        if (isNoun && entry.Role != TriggerRole.VictimNoun && ix.IsAny(end, ModifiedNouns))
        {
            return TriggerReading.Not("modifier");
        }

        if (entry.Role == TriggerRole.Injury && ix.IsAny(first - 1, Determiners))
        {
            return TriggerReading.Not("the wounded"); // people, not an act
        }

        if (entry.Type == EventTypes.Meeting && isNoun && ix.IsAny(first - 1, NewsWords))
        {
            return TriggerReading.Not("press conference");
        }

        if (entry.Role == TriggerRole.Verb && ix.Is(first, "gathered") && !GatheringWithPurpose(ix, clauseStart, end))
        {
            return TriggerReading.Not("gathering without purpose or crowd");
        }

        if (isNoun && IsSentenceTerm(ix, clauseStart, first))
        {
            return TriggerReading.Not("part of a sentence");
        }

        if (isNoun && ix.Is(first - 1, "of") && ix.IsAny(first - 2, BodyHeads))
        {
            return TriggerReading.Not("body name");
        }

        if (IsTransferWithoutDestination(ix, first, end, entry))
        {
            return TriggerReading.Not("no destination");
        }

        if (IsMeetingWithNoOneNamed(ix, first, end, entry))
        {
            return TriggerReading.Not("no one met");
        }

        if (IsDenialOfNothingNeeded(ix, sentenceFirst, first, end, entry))
        {
            return TriggerReading.Not("nothing needed denied");
        }

        if (NamesAnOrganisation(ix, first, entry))
        {
            return TriggerReading.Not("an organisation's name");
        }

        if (IsFastButNoProtest(ix, first, entry))
        {
            return TriggerReading.Not("not a fast");
        }

        if (IsBannedGathering(ix, clauseStart, first, end, entry))
        {
            return TriggerReading.Not("banned gathering");
        }

        if (IsBanDescribingItsObject(ix, first, end))
        {
            return TriggerReading.Not("a ban describing its object");
        }

        if (WordReading(ix, sentenceFirst, first, end, entry) is { } wordReason)
        {
            return TriggerReading.Not(wordReason);
        }

        if (entry.Role == TriggerRole.Verb && (IsAdjectival(ix, first, end) || OpensWithParticiple(ix, sentenceFirst, first, end)))
        {
            return TriggerReading.Not("adjective");
        }

        var determiner = DeterminerBefore(ix, clauseStart, first);
        if (isNoun && BareOffence(ix, sentenceFirst, first, end))
        {
            return TriggerReading.Not("an offence named"); // "charged with murder, terrorism and treason": no incident told
        }

        if (isNoun && IsPlural(ix, end - 1) && determiner < 0 && ix.QuantityAt(first - 1) < 0
            && !ix.IsAny(end, Complements) && !SentenceHasDate(ix, sentenceFirst, first)
            && !ix.IsAny(end, SubjectVerbs) && !HeldBefore(ix, clauseStart, first))
        {
            return TriggerReading.Not("generic");
        }

        var reading = new TriggerReading(true, "reported");
        var distinct = (first - 1 >= clauseStart && ix.IsAny(first - 1, DistinctWords))
            || (first - 2 >= clauseStart && ix.IsAny(first - 2, DistinctWords));
        var aggregate = isNoun && entry.Role != TriggerRole.VictimNoun && IsPlural(ix, end - 1)
            && (IsCount(ix, first - 1) || IsCount(ix, first - 2) || (IsCount(ix, first - 3) && distinct));
        var anaphoric = !distinct && !aggregate && (IsChargeContent(ix, sentenceFirst, first) ||
            (isNoun && determiner >= 0 && ix.IsAny(determiner, Definites))
            || (entry.Role == TriggerRole.Verb && ix.Is(first - 1, "those"))
            || (entry.Role == TriggerRole.Verb && (PassiveWithDefiniteSubject(ix, clauseStart, first) || StillSo(ix, first))));
        return reading with { Distinct = distinct, Aggregate = aggregate, Anaphoric = anaphoric };
    }
}
