namespace Dossier.Text.Events;

/// <summary>
/// Words around a verb that say there is no actor to take: a passive across an adverb ("were publicly hanged"), a
/// toll ("put the number of people killed at"), a "by" phrase that names a time or a measure ("by Thursday
/// morning", "rose by more than half").
/// </summary>
internal sealed partial class PerpetratorFinder
{
    private static readonly WordSet TimeWords = new("then dawn nightfall noon midnight now today yesterday tonight morning evening night afternoon");

    /// <summary>"were killed", "were publicly hanged": a passive's auxiliary before the verb, perhaps across an adverb.</summary>
    private static bool PassiveBefore(TokenIndex ix, int first) =>
        ix.IsAny(first - 1, Passives)
        || ((ix.IsAny(first - 1, Adverbs) || ix.IsLyAdverb(first - 1)) && ix.IsAny(first - 2, Passives))
        || TriggerJudge.SharedPassive(ix, Math.Max(0, first - 8), first) >= 0; // "were taken outside and shot"

    /// <summary>"put the number of social leaders killed in 2020 at 182": the verb counts the dead; whoever counts did not kill.</summary>
    private static bool InTollPhrase(TokenIndex ix, int sentenceFirst, int first)
    {
        for (var t = first - 1; t > sentenceFirst && t >= first - 6 && ix.IsWord(t); t--)
        {
            if (ix.Is(t, "of") && (ix.Is(t - 1, "number") || ix.Is(t - 1, "toll") || ix.Is(t - 1, "count")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "had been collected by Thursday morning", "by then", "by the end of May", "rose by more than half", "by 40 per cent":
    /// a "by" phrase opening at <paramref name="t"/> that names a deadline or a measure, not an agent.
    /// </summary>
    private static bool NamesTimeOrMeasure(TokenIndex ix, int t) =>
        ix.DateAt(t) >= 0 || ix.IsAny(t, TimeWords) || (ix.Is(t, "the") && (ix.Is(t + 1, "end") || ix.IsAny(t + 1, TimeWords) || ix.DateAt(t + 1) >= 0))
        || ix.IsAny(t, Proportions) || (ix.QuantityAt(t) >= 0 && MeasureAfter(ix, t));

    private static readonly WordSet Proportions = new("more less half far nearly almost");
    private static readonly WordSet Measures = new("per percent % times points");

    private static bool MeasureAfter(TokenIndex ix, int t)
    {
        var q = ix.Doc.Quantities[ix.QuantityAt(t)];
        var (_, end) = ix.TokensIn(q.Span);
        return ix.IsAny(end, Measures) || ix.Is(end, "to") && ix.QuantityAt(end + 1) >= 0; // "rose by 12 to 67": a rise, not 12 actors
    }

    // "the bodies of five men by the well", "killed by a stray bullet": where, or with what, not who.
    private static readonly WordSet PlacesAndMeans = new(
        "well river riverbank road roadside side gate gates door wall window fence bridge lake sea shore border " +
        "bullet bullets gunfire shrapnel shell shells rocket rockets bomb bombs blast explosion grenade grenades mine mines " +
        "fire shellfire shelling artillery mortar mortars missile missiles drone drones strike strikes airstrike airstrikes " +
        "projectile projectiles canister canisters pellet pellets round rounds");

    /// <summary>The phrase after "by" at <paramref name="t"/> ends in a place or a weapon rather than naming anyone.</summary>
    private static bool NamesPlaceOrMeans(TokenIndex ix, int t)
    {
        var head = t;
        while (head + 1 < ix.Count && head - t < 4 && ix.IsWord(head + 1) && !ix.IsCapitalised(head + 1) && !ix.IsAny(head + 1, PhraseEnd) && !IsLikelyVerb(ix, head + 1))
        {
            head++; // "by the old well", "by a stray bullet"
        }

        return ix.IsAny(head, PlacesAndMeans) && !HasAgent(ix, t, head + 1);
    }

    /// <summary>
    /// "by publishing secret files", "by beating them": a gerund with an object, a means; "by retreating soldiers", "by
    /// marauding government troops" describe the agents named right after, who act.
    /// </summary>
    private static bool TakesObject(TokenIndex ix, int t) => !ix.IsAny(t, Agents) && !ix.IsAny(t + 1, Agents);

    // "-ing" words that open an agent's name rather than a means: "by firing squad", "by the ruling party's militia".
    private static readonly WordSet AgentIngWords = new("firing ruling governing warring opposing");

    private static readonly WordSet FiringVerbs = new("fired thrown launched shot dropped");

    /// <summary>"a projectile fired by the riot police": the agent after a weapon's own "fired by", as a token, or -1.</summary>
    private static int WhoFiredIt(TokenIndex ix, int weapon, int sentenceEnd)
    {
        for (var t = weapon; t < sentenceEnd - 2 && t < weapon + 6; t++)
        {
            if (ix.IsAny(t, FiringVerbs) && ix.Is(t + 1, "by"))
            {
                return t + 2;
            }

            if (ix.IsPunctuation(t))
            {
                return -1;
            }
        }

        return -1;
    }
}
