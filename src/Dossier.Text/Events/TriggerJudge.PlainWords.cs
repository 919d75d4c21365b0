namespace Dossier.Text.Events;

/// <summary>
/// Words that name an act only in some of their uses: "displaced" before the people it describes, "hurt" without a figure,
/// "taken" somewhere, "shot" a film, a heart attack, a natural death, imminent executions, "denied access to lawyers".
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet NaturalCauses = new("cancer natural illness old age disease heart stroke covid covid-19 pneumonia");

    /// <summary>
    /// "died of cancer", "died of natural causes", "died without learning what happened": a death no one caused, unless
    /// it was in custody, where the cause given is itself a claim ("died in custody of a heart attack").
    /// </summary>
    private static bool NaturalDeath(TokenIndex ix, int sentenceFirst, int first, int end) =>
        (ix.Is(end, "without") || ix.Is(end, "of") && (ix.IsAny(end + 1, NaturalCauses) || ix.Is(end + 1, "a") && ix.IsAny(end + 2, NaturalCauses)))
        && !Near(ix, sentenceFirst, Math.Min(ix.Count, first + 21), first, 20, CustodyWords); // may read into the next sentence: then kept as a killing

    private static readonly WordSet ImminentHedges = new("now thought believed feared considered");
    private static readonly WordSet CounselWords = new("lawyer lawyers counsel family families relatives");
    private static readonly WordSet CounselOwners = new("a their his her");

    private static readonly WordSet DisplacedPeople = new("people persons families civilians residents villagers women men children households");
    // Where an adjective stands before its noun: "killed six displaced people", "a shelter for displaced families";
    // "the floods displaced people" is the act.
    private static readonly WordSet AdjectivePlaces = new(
        "the a an of for among to with these those their many some all other newly recently sheltering housing hosting including helping assisting feeding");

    /// <summary>Why one of these words names no act here, or null.</summary>
    private static string? PlainWordReading(TokenIndex ix, int sentenceFirst, int first, int end, TriggerEntry entry)
    {
        if (ix.Is(first, "displaced") && entry.Words.Length == 1 && ix.IsAny(first + 1, DisplacedPeople)
            && (ix.QuantityAt(first - 1) >= 0 || ix.IsAny(first - 1, AdjectivePlaces)))
        {
            return "displaced people named"; // "an air strike killed six displaced people": who they are, not what was done to them
        }

        if ((ix.Is(first, "march") || ix.Is(first, "marches")) && (ix.IsCapitalised(first) || !(ix.QuantityAt(first - 1) >= 0 || IsPeopleNoun(ix, first - 1))))
        {
            return "no one marches"; // "Thousands march in Lessar" is a protest; "in March", "the march of time" are not
        }

        if (ix.IsAny(end, BeWords) && (ix.Is(end + 1, "imminent") || ix.IsAny(end + 1, ImminentHedges) && ix.Is(end + 2, "imminent")))
        {
            return "only imminent"; // "fear that their executions are imminent": not done yet
        }

        if (ix.Is(first, "denied") && ix.Is(first + 1, "access") && ix.Is(end, "to")
            && (ix.IsAny(end + 1, CounselWords) || ix.IsAny(end + 1, CounselOwners) && ix.IsAny(end + 2, CounselWords)))
        {
            return "denied a lawyer"; // "denied access to lawyers": how someone is held, not a siege
        }

        if ((ix.Is(first, "attack") || ix.Is(first, "attacks")) && (ix.Is(first - 1, "heart") || ix.Is(first - 1, "panic") || ix.Is(first - 1, "asthma")))
        {
            return "an illness"; // "a heart attack"
        }

        if ((ix.Is(first, "died") || ix.Is(first, "dies") || ix.Is(first, "die")) && NaturalDeath(ix, sentenceFirst, first, end))
        {
            return "a natural death"; // "died of cancer in 2014", "have died without learning what happened"
        }

        if (ix.Is(first, "hurt") && entry.Words.Length == 1 && CountFinder.Usable(ix, first - 1) < 0)
        {
            return "nobody hurt"; // "killed and 20 hurt" counts the hurt; "it hurt the economy" does not
        }

        if (ix.Is(first, "taken") && entry.Words.Length == 1 && !PeopleTaken(ix, sentenceFirst, first, end))
        {
            return "nobody taken"; // "129 pupils had been taken" tells an abduction; "steps were taken", "taken to hospital" do not
        }

        if (ix.Is(first, "took") && entry.Words.Length == 2 && (ix.Is(first + 1, "away") ? !PeopleTakenAway(ix, end) : !KinTaken(ix, end)))
        {
            return "nobody taken"; // "took my two sons" is an abduction; "took our land" is not
        }

        if (entry.Type == EventTypes.Protest && ix.IsAny(first, Protesters) && !ProtestersActing(ix, first, end))
        {
            return "protesters acted on"; // "a crowd of several hundred protesters forced their way in"; not "police arrested 40 protesters"
        }

        if (ix.Is(first, "shooting") && entry.Words.Length == 1 && !PeopleAsObject(ix, end))
        {
            return "no one shot"; // "seen soldiers shooting inmates"; "the shooting" is named by other words, "a shooting range" is none
        }

        if (ix.Is(first, "shot") && entry.Words.Length == 1 && !PeopleShot(ix, sentenceFirst, first, end))
        {
            return "nobody shot"; // "shot my neighbour", "were shot in the legs"; not "shot a video"
        }

        if (ix.Is(first, "took") && entry.Words.Length == 3 && entry.Gap == 1 && ix.Is(end - 1, "from") && !PersonTaken(ix, first + 1, end - 1)
            && !(ix.Is(first + 1, "away") ? PeopleTakenAway(ix, first + 2) : ix.QuantityAt(first + 1) >= 0 && PeopleTakenAway(ix, first + 1)))
        {
            return "nobody taken"; // "took him from a bus stop" is an abduction; "took Tarvo from the rebels" is not
        }

        if (ix.Is(end - 1, "of") && ix.Is(end - 2, "remains") && !PeopleNamedAfter(ix, end))
        {
            return "not people"; // "the remains of eleven people"; not "the remains of the old market"
        }

        return null;
    }

    private static readonly WordSet Protesters = new("protesters protestors demonstrators");

    private static readonly WordSet ActsOfACrowd = new("threw broke forced fought ran stood sat tore set took went overturned");

    /// <summary>
    /// "a crowd of several hundred protesters forced their way into the consulate", "2,000 demonstrators blocked the road":
    /// counted protesters doing something (a past form right after them, not "were"), which is the protest itself.
    /// </summary>
    private static bool ProtestersActing(TokenIndex ix, int first, int end)
    {
        if (CountFinder.Usable(ix, first - 1) < 0 || !ix.IsWord(end) || ix.IsCapitalised(end))
        {
            return false;
        }

        return ix.IsAny(end, ActsOfACrowd) || ix.Word(end).Length > 4 && ix.Word(end).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }
}
