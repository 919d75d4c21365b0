namespace Dossier.Text.Events;

/// <summary>
/// Tests for trigger words whose reading depends on the words around them: "ruled" is a legal act only
/// when a court rules, "strike" is an attack when aircraft strike and a protest when workers do,
/// "beaten" in custody is ill-treatment, "gathering evidence" is no gathering.
/// </summary>
internal sealed partial class TriggerJudge
{
    // Verbs that are legal acts only with a court, judge or tribunal as their subject.
    private static readonly WordSet CourtVerbs = new("ruled ordered found upheld overturned quashed");

    private static readonly WordSet CourtWords = new(
        "court courts judge judges tribunal tribunals justices magistrate magistrates jury chamber");

    private const int StruckAgentWindow = 6;

    private static readonly WordSet BeatingWords = new("beaten beat beating beatings");
    private static readonly WordSet MarchedObjects = new("them him her us the their his");

    // Places and moments of custody: a beating there is ill-treatment in custody.
    private static readonly WordSet CustodyWords = new(
        "custody detention detained prison prisons jail jails cell cells interrogation interrogated arrest arrested " +
        "prisoner prisoners detainee detainees inmates station stations questioning questioned interrogations");

    private static readonly WordSet JudicialHearing = new("court appeal appeals bail trial");
    private static readonly WordSet HeardThings = new("evidence testimony witnesses arguments appeal appeals");

    // "expelled from the party" is no displacement; "expelled from their homes" is.
    private static readonly WordSet DisplacementPlaces = new(
        "country countries territory territories home homes land lands village villages town towns city cities " +
        "region area areas camp camps province state border island enclave district neighbourhood neighborhood");

    private static readonly WordSet Possessives = new("the his her their its our");

    private static readonly WordSet BorderWords = new("border borders frontier checkpoint crossing no-man's buffer sea boat");

    // A body named for a harm: "Special Rapporteur on torture", "Committee against Torture".
    private static readonly WordSet BodyTitles = new(
        "rapporteur rapporteurs committee convention group commission office day declaration protocol unit " +
        "subcommittee mechanism fund");

    private static readonly WordSet TitleLinks = new("on against for of");

    /// <summary>The entry as the words around it read it: a beating in custody is torture, an air strike an attack.</summary>
    public static TriggerEntry Retype(TokenIndex ix, int sentenceFirst, int sentenceEnd, int first, int end, TriggerEntry entry)
    {
        if (ix.IsAny(first, StrikeWords) && entry.Words.Length == 1)
        {
            // Workers strike over pay; elsewhere in these reports a "strike" is a blow from the air.
            var labour = !ix.IsAny(first - 1, WeaponModifiers) && !ix.IsAny(end, StrikeTargets)
                && (OnStrike(ix, first) || ix.Is(first - 1, "general") || Near(ix, sentenceFirst, sentenceEnd, first, 40, LabourWords));
            // "a general strike"; a "Major General" in the sentence calls no strike
            return labour ? entry : entry with { Type = EventTypes.Attack, CountKey = null };
        }

        if (entry.Type == EventTypes.Execution && WithoutCourt(ix, sentenceFirst, sentenceEnd, first, end))
        {
            return entry with { Type = EventTypes.Killing, CountKey = entry.CountKey is null ? null : "killed" }; // "summarily executed": no court's sentence
        }

        if (entry.Type == EventTypes.Meeting && MetWithForce(ix, first, end))
        {
            return entry with { Type = EventTypes.Attack, CountKey = null }; // "the protests were met with gunfire"
        }

        if (LinedUpAndShot(ix, sentenceFirst, first, entry))
        {
            return entry with { Type = EventTypes.Killing, CountKey = "killed" }; // "were lined up and shot": shot to kill, as executioners do
        }

        if (ix.IsAny(first, BeatingWords) && entry.Words.Length == 1 && Near(ix, sentenceFirst, sentenceEnd, first, 12, CustodyWords))
        {
            return entry with { Type = EventTypes.Torture };
        }

        if (entry.Type == EventTypes.Meeting && (ix.Is(first, "hearing") || ix.Is(first, "hearings"))
            && (ix.IsAny(end, HeardThings) || Near(ix, sentenceFirst, sentenceEnd, first, 8, JudicialHearing)))
        {
            return entry with { Type = EventTypes.LegalAction }; // a court hearing, a commission hearing evidence
        }

        if (ix.Is(first, "charged") && entry.Words.Length == 1 && ChargesACrowd(ix, end))
        {
            return entry with { Type = EventTypes.Attack, CountKey = null }; // "police charged the crowd": a charge, not a charge sheet
        }

        if (ix.IsAny(first, PrisonVerbs) && ForTermAfter(ix, end))
        {
            return entry with { Type = EventTypes.LegalAction, CountKey = null }; // "jailed for five years": a sentence
        }

        if (entry.Type == EventTypes.Abduction && ix.Is(end, "for") && (ix.Is(end + 1, "questioning") || ix.Is(end + 1, "interrogation")))
        {
            return entry with { Type = EventTypes.Arrest, CountKey = "arrested" }; // "taken away for questioning": held by the authorities
        }

        if (ix.Is(first, "held") && entry.Type == EventTypes.Arrest && Near(ix, sentenceFirst, sentenceEnd, first, 12, Captors))
        {
            return entry with { Type = EventTypes.Abduction, CountKey = "abducted" }; // "still being held, and the kidnappers have threatened"
        }

        return entry;
    }

    // People held by these are hostages, not detainees.
    private static readonly WordSet Captors = new("kidnappers abductors captors hostage hostages ransom");

    /// <summary>Why a word-specific reading says the trigger names no act here, or null.</summary>
    private static string? WordReading(TokenIndex ix, int sentenceFirst, int first, int end, TriggerEntry entry)
    {
        if (ix.Is(first, "disappeared") && entry.Words.Length == 1 && ix.Is(first - 1, "the") && (!ix.IsWord(first + 1) || ix.Is(first - 2, "of")))
        {
            return "the disappeared"; // "families of the disappeared" names the missing, not an act
        }

        if (ix.Is(first, "marched") && entry.Words.Length == 1 && ix.IsAny(end, MarchedObjects))
        {
            return "marched someone away"; // "marched them into the bush" is a forced march, not a protest
        }

        if (ix.Is(first, "bodies") && entry.Words.Length == 1 && CountFinder.Usable(ix, first - 1) < 0)
        {
            return "bodies not counted"; // "9 bodies had been brought in" counts the dead; "UN bodies" or "bodies were thrown" alone do not
        }

        if ((ix.Is(first, "seized") || ix.Is(first, "seizing") || ix.Is(first, "picked")) && !SeizesPeople(ix, end) && !PeopleSeized(ix, sentenceFirst, first))
        {
            return "nobody seized";
        }

        if (PlainWordReading(ix, sentenceFirst, first, end, entry) is { } plain)
        {
            return plain;
        }

        if (entry.Type == EventTypes.LegalAction && ix.IsAny(first, CourtVerbs) && !CourtBefore(ix, sentenceFirst, first))
        {
            return "not a court's act";
        }

        if (ix.Is(first, "struck") && !WordBefore(ix, ClauseStart(ix, sentenceFirst, first), first, StruckAgentWindow, StrikingWeapons))
        {
            return "not a weapon's blow"; // "the parties struck a deal", "the court struck down the law"
        }

        if (ix.Is(first, "body") && ix.Is(first + 1, "of") && !BodyFound(ix, end))
        {
            return "no body found"; // "the body of a student was found" tells a killing; "displayed the body of" does not
        }

        if (ix.Is(end - 1, "of") && (ix.Is(end - 2, "bodies") || ix.Is(end - 2, "lives")) && !PeopleFollow(ix, end))
        {
            return "not people"; // "the bodies of evidence", "the lives of the hostages were never at risk"
        }

        if (ix.Is(first, "sit") && ix.Is(first + 1, "in") && end == first + 2 && (ix.IsCapitalised(end) || ix.IsPlaceAt(end)))
        {
            return "sitting somewhere"; // "the Chambers, which sit in The Hague"; a sit-in is held, not sat in a city
        }

        if ((ix.Is(first, "attack") || ix.Is(first, "attacks")) && ix.Is(end, "on") && AbstractTarget(ix, end + 1))
        {
            return "a figure of speech"; // "an attack on the KLA's legacy", "attacks on press freedom"
        }

        if ((ix.Is(first, "obstructing") || ix.Is(first, "obstructed") || ix.Is(first, "obstruct") || ix.Is(first, "obstructs"))
            && (ix.IsAny(end, ObstructedDuties) || ix.Is(end, "the") && (ix.IsAny(end + 1, ObstructedDuties) || ix.Is(end + 1, "course"))))
        {
            return "an offence named"; // "convicted of obstructing justice", "obstructing the investigation"
        }

        if (ix.Is(first, "stranded") && !Near(ix, sentenceFirst, Math.Min(ix.Count, first + 16), first, 15, BorderWords))
        {
            return "not at a border"; // "32 Afghans were stranded between the border lines"; not travellers stranded by a storm
        }

        if (ix.Is(first, "returned") && !SentAway(ix, first, end))
        {
            return "not sent to a country"; // "470 people were returned to Morocco"; not "they returned to their families"
        }

        if (ix.Is(first, "bodies") && entry.Words.Length == 1 && BodiesHandled(ix, end))
        {
            return "bodies handled"; // "thirty bodies have been identified so far": the dead of an incident told, identified or returned
        }

        if (ix.Is(first, "detainees") && !(ix.Is(first - 1, "of") && ix.IsAny(first - 2, TallyNouns)))
        {
            return "people held"; // "the detainees were beaten" names people; "the number of detainees has risen to 1,500" counts an act
        }

        if (ix.Is(first, "dead"))
        {
            // "sixteen dead", "Eleven people are dead": only a figure makes the word a report of an act, or "the number of
            // dead", whose figure follows it ("had climbed to 37").
            if (ix.Is(first - 1, "of") && ix.Is(first - 2, "number"))
            {
                return null;
            }

            var word = ix.IsAny(first - 1, Copulas) && !ix.Is(first - 2, "who") ? first - 1 : first;
            var q = ix.QuantityAt(word - 1) >= 0 ? word - 1
                : (ix.Is(word - 1, "of") || ix.Is(word - 1, "people") || NounOfFigure(ix, word - 1)) && ix.QuantityAt(word - 2) >= 0 ? word - 2 : -1;
            if (q < 0 && (ix.Is(word - 1, "more") ? word - 2 : ix.Is(word - 2, "more") && ix.IsWord(word - 1) ? word - 3 : -1) is var before and >= 0
                && ix.QuantityAt(before) >= 0)
            {
                q = before; // "left at least 21 more dead", "left 21 more people dead"
            }

            if (q < 0)
            {
                return "uncounted";
            }

            // "a list of 745 dead", "an estimate of 10,000 dead": a figure for an act told elsewhere.
            var figureStart = ix.QuantityTokens(ix.QuantityAt(q)).First;
            return ix.Is(figureStart - 1, "of") ? "a figure" : null;
        }

        if (ix.Is(first, "fled") && entry.Words.Length == 1 && (ix.IsAny(first - 2, FleeingWhen) || ix.IsAny(first - 3, FleeingWhen)) && ix.IsAny(first - 1, FleeingSubjects))
        {
            return "fleeing from the act"; // "fired on people as they fled": the flight is part of the attack, not a displacement
        }

        if (ix.Is(first, "taken") && entry.Type == EventTypes.Abduction && BodiesBefore(ix, sentenceFirst, first))
        {
            return "the dead taken"; // "the bodies of several victims were taken away by the gunmen"
        }

        if (ix.Is(first, "kicked") && (ix.Is(end, "off") || ix.Is(end, "out")))
        {
            return "not a blow"; // "kicked off the rally", "kicked out of the party"
        }

        if (ix.Is(first, "drowned") && ix.Is(end, "out"))
        {
            return "not heard"; // "drowned out by the crowd"
        }

        if (ix.Is(first, "gathering") && ix.Is(end, "of") && (ix.IsAny(end + 1, ArmedGatherers) || ix.IsAny(end + 2, ArmedGatherers)))
        {
            return "armed men gathered"; // "a gathering of militants" is no protest
        }

        if (ix.Is(first, "gathering") && ix.IsWord(end) && !ix.IsCapitalised(end) && !ix.IsAny(end, Complements)
            && !ix.IsAny(end, ClauseBreakWords) && !ix.Is(end, "and") && !ix.Is(end, "was") && !ix.Is(end, "is"))
        {
            return "gathering things"; // "gathering evidence"
        }

        if (ix.Is(first, "held") && entry.Words.Length == 1
            && (!ix.IsAny(first - 1, HeldAuxiliaries) && !HeldWithoutCharge(ix, end) || ix.IsAny(end, HeldNotDetained)
                || Near(ix, Math.Max(0, first - 6), first, first, 6, HeldEvents)))
        {
            return "not held in custody"; // "were held there" is detention; "held talks", "the vigil was held" are not
        }

        if (ix.Is(first, "restrictions") && !Near(ix, first, first + 8, first, 8, Essentials))
        {
            return "other restrictions"; // only restrictions on food, fuel, medicine or aid starve a place
        }

        if (ix.Is(first, "cut") && entry.Words.Length > 1 && !Near(ix, first, first + 6, first, 6, Essentials))
        {
            return "cut off from something else";
        }

        if ((entry.Type is EventTypes.LegalAction or EventTypes.Meeting) && NotYetBegun(ix, end))
        {
            return "not yet begun"; // "his trial has not yet begun"
        }

        if (ix.Is(first, "forum") && ix.IsCapitalised(first))
        {
            return "name"; // "the Forum": a body
        }

        if (ix.Is(first, "ruling") && (ix.IsCapitalised(end) || ix.IsAny(end, RulingNouns)))
        {
            return "ruling party";
        }

        if (ix.Is(first, "charges") && ix.Is(first - 1, "on"))
        {
            return "reason for an arrest"; // "arrested on charges of ..."
        }

        if (ix.Is(first, "expelled") && ix.Is(end, "from"))
        {
            var noun = ix.IsAny(end + 1, Possessives) ? end + 2 : end + 1;
            if (ix.IsWord(noun) && !ix.IsCapitalised(noun) && !ix.IsAny(noun, DisplacementPlaces))
            {
                return "expelled from a body";
            }
        }

        return IsInBodyTitle(ix, sentenceFirst, first) ? "body name" : null;
    }

    private static readonly WordSet HeldAuxiliaries = new("been was were being is are");
    private static readonly WordSet HeldNotDetained = new("responsible accountable liable up back talks meeting meetings to");

    private static readonly WordSet HeldEvents = new(
        "rally rallies vigil vigils meeting meetings session sessions conference conferences election elections " +
        "referendum talks hearing hearings trial trials funeral funerals ceremony ceremonies event events summit " +
        "protest protests march marches demonstration demonstrations commemoration service services vote poll");

    private static readonly WordSet Essentials = new(
        "food fuel medicine medicines medical aid water electricity humanitarian supplies internet");

    private static readonly WordSet RulingNouns = new("party parties coalition class elite elites junta family government council");
}
