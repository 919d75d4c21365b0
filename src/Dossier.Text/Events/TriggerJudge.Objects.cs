namespace Dossier.Text.Events;

/// <summary>What an act is done to, where that decides whether the words report an act: ideas, duties, the dead, destinations.</summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet AbstractThings = new(
        "legacy freedom freedoms democracy independence sovereignty dignity memory values reputation judiciary rights " +
        "justice truth constitution liberty liberties pluralism tolerance honour honor history identity");

    /// <summary>The object of "attack on" within a few words is an idea, not people or a place: "the KLA's legacy", "press freedom".</summary>
    private static bool AbstractTarget(TokenIndex ix, int from)
    {
        for (var t = from; t < ix.Count && t < from + 6 && (ix.IsWord(t) || ix.Is(t, "'s")); t++)
        {
            if (ix.IsAny(t, AbstractThings) && !ix.IsCapitalised(t) && (!ix.IsWord(t + 1) || ix.Is(t + 1, "and")))
            {
                return true; // the idea heads the phrase: "on the KLA's legacy.", not "on human rights defenders"
            }

            if (ix.Is(t, "of") || ix.IsAny(t, SeizedPeople))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet ObstructedDuties = new("justice investigation investigations inquiry police officers officials court work duties");

    /// <summary>
    /// "were returned to Morocco": people sent in the passive to a named country or place ("returned to their cells" and
    /// "they returned to Tarvo" send no one away).
    /// </summary>
    private static bool SentAway(TokenIndex ix, int first, int end)
    {
        var be = ix.IsLyAdverb(first - 1) ? first - 2 : first - 1; // "were forcibly returned"
        if (!ix.IsAny(be, SeizedAuxiliaries) && !ix.Is(be, "being"))
        {
            return false;
        }

        return ix.IsPlaceAt(end) || ix.Is(end, "the") && ix.IsPlaceAt(end + 1);
    }

    private static readonly WordSet HandlingBodies = new("identified returned handed buried exhumed released repatriated claimed");

    /// <summary>"bodies have been identified", "bodies were returned to their families": what was done with the dead.</summary>
    private static bool BodiesHandled(TokenIndex ix, int end)
    {
        var t = end;
        while (ix.IsAny(t, Copulas) || ix.Is(t, "have") || ix.Is(t, "has") || ix.Is(t, "been") || ix.Is(t, "yet") || ix.Is(t, "not"))
        {
            t++;
        }

        return t > end && ix.IsAny(t, HandlingBodies);
    }
}
