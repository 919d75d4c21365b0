using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Whether people stand where a trigger word needs them: "the bodies of 15 men", "seized 42 aid workers".</summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet PeopleWords = new(
        "the those these his her their victims people men women children civilians protesters villagers prisoners detainees migrants students");

    /// <summary>"the bodies of 15 men", "the lives of at least nine people": a figure or people follow, within a few words.</summary>
    private static bool PeopleFollow(TokenIndex ix, int t)
    {
        for (var u = t; u < t + 4 && u < ix.Count; u++)
        {
            if (ix.QuantityAt(u) >= 0)
            {
                return true;
            }

            if (!ix.IsWord(u))
            {
                return false;
            }
        }

        return ix.IsAny(t, PeopleWords) && !(ix.Is(t, "the") && ix.IsWord(t + 1) && !ix.IsAny(t + 1, PeopleWords) && ix.IsAny(t + 2, Copulas));
    }

    /// <summary>A figure, a word for people or a person's name within the few words after <paramref name="t"/>.</summary>
    private static bool PeopleNamedAfter(TokenIndex ix, int t)
    {
        for (var u = t; u < t + 4 && u < ix.Count && (ix.IsWord(u) || ix.QuantityAt(u) >= 0); u++)
        {
            if (ix.QuantityAt(u) >= 0 || ix.IsAny(u, SeizedPeople) || ix.IsAny(u, SeizedPerson) || ix.IsPersonAt(u))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Kin = new(
        "son sons daughter daughters husband wife brother brothers sister sisters father mother children child boys girls " +
        "nephew nephews cousin cousins uncle neighbour neighbours neighbor neighbors family relatives friend friends");

    /// <summary>"took my two sons", "took our brother": kin or neighbours after the possessive, a figure allowed between.</summary>
    private static bool KinTaken(TokenIndex ix, int end) =>
        ix.IsAny(end, Kin) || ix.QuantityAt(end) >= 0 && ix.IsAny(end + 1, Kin);

    /// <summary>"took away nine young men", "took away her husband": people, or a figure of people, after "took away".</summary>
    private static bool PeopleTakenAway(TokenIndex ix, int end) =>
        PeopleAsObject(ix, end) || ix.QuantityAt(end) >= 0 && (IsPeopleNoun(ix, end + 1) || IsPeopleNoun(ix, end + 2));

    private static readonly WordSet ShotAndHarmed = new("wounded injured killed");
    private static readonly WordSet BodyParts = new("head chest back leg legs arm arms stomach neck face eye thigh foot");
    private static readonly WordSet ObjectOpeners = new("a the my our his her their");

    /// <summary>
    /// People right after a verb of shooting: "him", "inmates", "two protesters", "Ana Varn", "a student", "my neighbour".
    /// </summary>
    internal static bool PeopleAsObject(TokenIndex ix, int end) =>
        ix.IsAny(end, TakenPronouns) || IsPeopleNoun(ix, end) || ix.QuantityAt(end) >= 0 && IsPeopleNoun(ix, end + 1) || ix.IsPersonAt(end)
        || ix.IsAny(end, ObjectOpeners) && (IsPeopleNoun(ix, end + 1) || ix.IsAny(end + 1, SeizedPerson) || ix.IsAny(end + 1, Kin));

    /// <summary>
    /// "shot my neighbour", "shot two protesters", "shot him", "was shot in the chest": people hit by shots, said as the
    /// verb's object or its passive subject.
    /// </summary>
    private static bool PeopleShot(TokenIndex ix, int sentenceFirst, int first, int end)
    {
        if (PeopleAsObject(ix, end) || ix.Is(end, "and") && ix.IsAny(end + 1, ShotAndHarmed))
        {
            return true;
        }

        var passive = ix.IsAny(first - 1, SeizedAuxiliaries) || ix.IsLyAdverb(first - 1) && ix.IsAny(first - 2, SeizedAuxiliaries);
        return passive && (PeopleSeized(ix, sentenceFirst, first) || ix.Is(end, "in") && ix.Is(end + 1, "the") && ix.IsAny(end + 2, BodyParts))
            || SharedPassive(ix, sentenceFirst, first) is var participle and >= 0 && PeopleSeized(ix, sentenceFirst, participle);
    }

    /// <summary>
    /// "were lined up near the well and shot", "was dragged outside and shot": the participle whose auxiliary a verb after
    /// "and" shares, or -1.
    /// </summary>
    internal static int SharedPassive(TokenIndex ix, int sentenceFirst, int first)
    {
        if (!ix.Is(first - 1, "and"))
        {
            return -1;
        }

        for (var t = first - 2; t > sentenceFirst && t >= first - 7 && ix.IsWord(t); t--)
        {
            if (ix.IsAny(t - 1, SeizedAuxiliaries))
            {
                return t;
            }
        }

        return -1;
    }

    private static readonly WordSet TakenPronouns = new("him her them");

    /// <summary>Who was taken, between <paramref name="from"/> and <paramref name="end"/>: "him", "them", or one person named.</summary>
    private static bool PersonTaken(TokenIndex ix, int from, int end)
    {
        if (end - from == 1 && ix.IsAny(from, TakenPronouns))
        {
            return true;
        }

        return ix.EntityAt(from) is var m and >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Person && ix.MentionTokens(m).End == end;
    }

    /// <summary>"left five civilians dead": token <paramref name="t"/> ends the noun of the figure before it.</summary>
    private static bool NounOfFigure(TokenIndex ix, int t) =>
        ix.QuantityAt(t - 1) is var q and >= 0 && ix.Doc.Quantities[q].Noun is { } noun && noun.End == ix.Tokens[t].End;

    private static readonly WordSet Copulas = new("were was are is");

    // People that are seized are taken; "seized weapons", "seized power" or "seized the town" are not.
    private static readonly WordSet SeizedPeople = new(
        "people men women children civilians villagers passengers workers students hostages soldiers engineers journalists " +
        "activists girls boys schoolgirls schoolchildren pupils farmers miners fishermen nationals residents foreigners tourists staff " +
        "employees teachers doctors nurses priests nuns traders worshippers travellers travelers crew leaders coordinators organisers " +
        "organizers protesters demonstrators members lawyers bloggers reporters inmates prisoners detainees mourners marchers");

    /// <summary>"pupils", "activists": a word that names people, as the seized or taken are named.</summary>
    internal static bool IsPeopleNoun(TokenIndex ix, int t) => ix.IsAny(t, SeizedPeople);

    private static readonly WordSet SeizedFrom = new("from in at on by during");

    /// <summary>"seized 42 aid workers", "picked up 15 activists": the people taken, within a few words.</summary>
    private static bool SeizesPeople(TokenIndex ix, int end)
    {
        for (var u = end; u < end + 5 && u < ix.Count && (ix.IsWord(u) || ix.QuantityAt(u) >= 0); u++)
        {
            if (ix.IsAny(u, SeizedFrom))
            {
                return false; // "the students seized from a boarding school": who was seized stands before
            }

            if (ix.IsAny(u, SeizedPeople) || ix.IsPersonAt(u))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet TakenEnds = new("from by and but when while after as");

    /// <summary>
    /// "129 pupils had been taken", "were taken by gunmen": people taken, with the clause ending there or saying
    /// from where or by whom. Taken somewhere ("to hospital", "into custody") is another act.
    /// </summary>
    private static bool PeopleTaken(TokenIndex ix, int sentenceFirst, int first, int end) =>
        PeopleSeized(ix, sentenceFirst, first) && (end >= ix.Count || !ix.IsWord(end) || ix.IsAny(end, TakenEnds));

    private static readonly WordSet SeizedPerson = new(
        "man woman child student activist journalist reporter lawyer farmer teacher doctor nurse priest nun boy girl worker " +
        "trader driver blogger he she");

    private static readonly WordSet SeizedAuxiliaries = new("was were been is are");

    /// <summary>"Three men were picked up by agents", "a student was seized": the passive's subject, a few words back, is people.</summary>
    private static bool PeopleSeized(TokenIndex ix, int sentenceFirst, int first)
    {
        var aux = first - 1;
        if (ix.IsLyAdverb(aux))
        {
            aux--; // "were reportedly seized"
        }

        if (!ix.IsAny(aux, SeizedAuxiliaries))
        {
            // "the pupils seized from a boarding school": a reduced relative after the people seized.
            return ix.IsAny(first - 1, SeizedPeople) && ix.Is(first + 1, "from");
        }

        // "the men of the village, about 40 of them, were": a figure set off by commas stands between the people and the verb.
        for (var t = aux - 1; t >= sentenceFirst && t >= aux - 10 && (!ix.IsPunctuation(t) || CountFinder.IsComma(ix, t) && t >= aux - 6); t--)
        {
            if (ix.IsAny(t, SeizedPeople) || ix.IsAny(t, SeizedPerson) || ix.IsAny(t, Kin) // "My brother was taken"
                || ix.IsPersonAt(t))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet BodyFoundVerbs = new("found discovered recovered dumped retrieved");
    private static readonly WordSet BodyFoundAuxiliaries = new("was had been");

    /// <summary>"The body of a student, Ali Khan, was found ...": the body's finding, told in the same clause.</summary>
    private static bool BodyFound(TokenIndex ix, int end)
    {
        var sentenceEnd = ix.Doc.Sentences[ix.SentenceOf(end - 1)].EndToken;
        for (var t = end; t < sentenceEnd && t < end + BodyFoundReach; t++)
        {
            if (ix.IsAny(t, BodyFoundVerbs))
            {
                return ix.IsAny(t - 1, BodyFoundAuxiliaries);
            }

            if (ix.Is(t, "never") || ix.Is(t, "not") || ix.Is(t, "and") || ix.Is(t, "which") || ix.Is(t, "that"))
            {
                return false;
            }
        }

        return false;
    }

    private const int BodyFoundReach = 14;

    // "a gathering of militants", "a gathering of armed men": fighters gathered, not a protest.
    private static readonly WordSet ArmedGatherers = new("militants fighters rebels insurgents jihadists gunmen soldiers troops combatants militiamen armed");

    // "fired on people as they fled": who flees, and the words that make the flight part of the act.
    private static readonly WordSet FleeingWhen = new("as while when");
    private static readonly WordSet FleeingSubjects = new("they people residents villagers he she others civilians protesters");

    private static readonly WordSet DeadRemains = new("bodies body remains corpses corpse");

    /// <summary>"The bodies of several victims were taken away": the passive's subject, a few words back, is the dead.</summary>
    private static bool BodiesBefore(TokenIndex ix, int sentenceFirst, int first)
    {
        for (var t = first - 1; t >= sentenceFirst && t >= first - 7; t--)
        {
            if (ix.IsAny(t, DeadRemains))
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
}
