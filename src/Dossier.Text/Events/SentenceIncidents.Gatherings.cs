using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Acts of one sentence that <see cref="SentenceIncidents"/> keeps together or apart by what they are about: a crowd fired
/// on is one incident with the firing, a new gathering is its own, a dated arrest of some a tally counts stands apart.
/// </summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>
    /// A tally in the present perfect ("have been detained") and, after "including", a relative clause on some of those
    /// it counts with a date of their own ("who were arrested in November 2014").
    /// </summary>
    private static bool DatedMemberOfTally(TokenIndex ix, TriggerHit tally, TriggerHit member)
    {
        var perfect = PresentPerfect(ix, tally.First);
        var relative = ix.IsAny(member.First - 1, PassiveBe) && ix.IsAny(member.First - 2, RelativePronouns);
        if (!perfect || !relative)
        {
            return false;
        }

        for (var t = tally.End; t < member.First; t++)
        {
            if (ix.Is(t, "including"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PassiveBe = new("was were");

    private static readonly WordSet GatheredRelatives = new("who that");

    /// <summary>
    /// The gathering at <paramref name="hit"/> is what an attack of the group hit ("attacked an opposition rally"), or is told in
    /// a relative clause on the people the attack was aimed at, a few words on with no clause break between: "fired live
    /// rounds at a crowd of 2,000 supporters who had gathered".
    /// </summary>
    private static bool CrowdFiredOn(TokenIndex ix, List<TriggerHit> group, TriggerHit hit)
    {
        var attack = group[^1];
        if (attack.Entry.Type != EventTypes.Attack || hit.First <= attack.End || hit.First - attack.End > 14)
        {
            return false;
        }

        if (hit.First - attack.End <= 3 && ix.IsAny(attack.End, Articles))
        {
            return true; // "attacked an opposition rally", "stormed the sit-in": the gathering is what was attacked
        }

        var relative = ix.Is(hit.First - 1, "had") ? hit.First - 2 : hit.First - 1;
        if (!ix.IsAny(relative, GatheredRelatives))
        {
            return false;
        }

        for (var t = attack.End; t < relative; t++)
        {
            if (!ix.IsWord(t) && ix.QuantityAt(t) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Outside the court, a small group of students held up photographs": a gathering whose people are introduced as new
    /// ("a group of", "a crowd of") is a gathering of its own, not more of one told before.
    /// </summary>
    private static bool NewGathering(TokenIndex ix, Sentence sentence, TriggerHit hit)
    {
        if (hit.Entry.Type != EventTypes.Protest || hit.Entry.Role != TriggerRole.Verb)
        {
            return false;
        }

        var t = hit.First - 1;
        while (t > sentence.FirstToken && hit.First - t <= 8 && ix.IsWord(t))
        {
            t--;
        }

        var subject = ix.IsWord(t) ? t : t + 1;
        return ix.Is(subject, "a") && ix.Is(subject + 1, "small") || ix.Is(subject, "a") && ix.IsAny(subject + 1, GatheringGroups);
    }

    private static readonly WordSet GatheringGroups = new("group crowd handful few");

    // "police dispersed a sit-in", "broke up the rally": a force ends a gathering there and then.
    private static readonly WordSet BreakingUp = new("dispersed dispersing disperse broke breaking break stormed storming raided");

    /// <summary>
    /// "Police dispersed a sit-in of 200 students; 12 were arrested", "broke up a protest and arrested 12": the protest
    /// a force broke up is where the arrests or the violence that follow in the sentence took place, one incident.
    /// </summary>
    private static bool BrokenUp(TokenIndex ix, TriggerHit protest) => BreakingVerb(ix, protest) >= 0;

    /// <summary>The verb by which a force broke up the protest ("dispersed", "broke" of "broke up"), or -1.</summary>
    private static int BreakingVerb(TokenIndex ix, TriggerHit protest)
    {
        if (protest.Entry.Type != EventTypes.Protest)
        {
            return -1;
        }

        var t = protest.First - 1;
        t -= ix.IsAny(t, NounOpeners) ? 1 : 0;
        t -= ix.Is(t, "up") ? 1 : 0;
        return ix.IsAny(t, BreakingUp) ? t : -1;
    }

    private static readonly WordSet DuringWords = new("during amid at");

    /// <summary>
    /// "Police shot dead 23 people during protests against the bill on 25 June", "arrested 40 at a rally": violence done at
    /// the gathering named right after it is one incident with it.
    /// </summary>
    private static bool DuringGathering(TokenIndex ix, List<TriggerHit> group, TriggerHit protest)
    {
        var last = group[^1];
        if (!EventTypes.IsViolent(last.Entry.Type) || last.Entry.Type == EventTypes.Execution || protest.First <= last.End || protest.First - last.End > 12)
        {
            return false;
        }

        var before = protest.First - 1;
        before -= ix.IsAny(before, NounOpeners) ? 1 : 0;
        if (!ix.IsAny(before, DuringWords))
        {
            return false;
        }

        for (var t = last.End; t < before; t++)
        {
            if (ix.IsAny(t, OtherActLinks) || ix.IsPunctuation(t) && !CountFinder.IsComma(ix, t))
            {
                return false; // "executed over the death of a guard during the protests": the gathering is the other act's
            }
        }

        return true;
    }

    private static readonly WordSet OtherActLinks = new("over for after before of since");
}
