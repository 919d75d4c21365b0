using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Turns the accepted triggers of one sentence into incident drafts: dates go to the trigger of their
/// clause, acts of violence in one sentence form one incident (unless their dates differ), protests,
/// meetings, sieges and legal actions each form their own. Stateless.
/// </summary>
internal sealed partial class SentenceIncidents
{
    private readonly PlaceFinder _places = new();
    private readonly PerpetratorFinder _perpetrators = new();
    private readonly CountFinder _counts = new();

    public List<IncidentDraft> Build(TokenIndex ix, Sentence sentence, int sentenceIndex, List<TriggerHit> hits)
    {
        AssignDates(ix, sentence, hits);
        var overPeriod = CountsOverPeriod(ix, sentence);
        var groups = new List<List<TriggerHit>>();
        HashSet<List<TriggerHit>>? campaigns = null; // made only for a sentence that tells a wider campaign
        HashSet<List<TriggerHit>>? tallies = null;
        foreach (var hit in hits)
        {
            var wider = groups.Count > 0 && OneOfMany(ix, hit);
            var group = wider ? null : GroupJoined(ix, groups, hit, overPeriod);
            if (group is null)
            {
                List<TriggerHit> started = [hit];
                var member = groups.Count > 0 && hit.Date >= 0 && groups[^1][0].Date < 0 && DatedMemberOfTally(ix, groups[^1][0], hit);
                if (wider || member || (groups.Count > 0 && WiderCampaignBetween(ix, groups[^1][0].End, hit.First)))
                {
                    (campaigns ??= []).Add(started); // told apart from the act before it: no later mention folds them together
                }

                if (member)
                {
                    (tallies ??= []).Add(groups[^1]); // "100 people have been detained, including ...": a tally, not one raid's arrests
                }

                groups.Add(started);
            }
            else
            {
                group.Add(hit);
            }
        }

        ShareSentenceDate(ix, sentence, groups);
        // "Two protesters died after police fired on the crowd on 9 June": an act its own sentence leaves undated, beside
        // one it dates, is not dated by an earlier sentence.
        var sentenceDates = groups.Any(g => g.Any(h => h.Date >= 0));
        var drafts = new List<IncidentDraft>(groups.Count);
        foreach (var group in groups)
        {
            var draft = Draft(ix, sentence, sentenceIndex, group, sentenceDates);
            draft.Distinct |= campaigns?.Contains(group) == true;
            draft.Tally |= tallies?.Contains(group) == true;
            draft.LaterPart = group[0].Reading.LaterPart;
            draft.Distinct |= NewGathering(ix, sentence, group[0]);
            foreach (var hit in group)
            {
                if (hit.Entry.Type == EventTypes.LegalAction)
                {
                    draft.LegalKinds.Add(LegalSteps.KindOf(ix.Word(hit.First)));
                }
            }

            drafts.Add(draft);
        }

        return drafts;
    }

    /// <summary>The first group that <paramref name="hit"/> <see cref="Joins"/>, or null (a loop: a lambda here allocated closures per hit).</summary>
    private static List<TriggerHit>? GroupJoined(TokenIndex ix, List<List<TriggerHit>> groups, TriggerHit hit, bool overPeriod)
    {
        foreach (var group in groups)
        {
            if (Joins(ix, group, hit, overPeriod))
            {
                return group;
            }
        }

        return null;
    }

    // "arrested over the murder", "detained in connection with the attack": the arrest and the act it
    // answers are two incidents.
    private static readonly WordSet ReasonWords = new("over for connection suspicion accused suspected charged");

    // "bringing accounts of killings": what follows is what others tell, a separate incident.
    private static readonly WordSet ToldNouns = new("accounts account reports allegations accusations testimony testimonies stories");

    /// <summary>"executed the men after detaining them", "died after being held": one act's earlier step.</summary>
    private static bool EarlierStepOfSameAct(TokenIndex ix, TriggerHit hit) =>
        hit.Entry.Role == TriggerRole.Verb && ix.IsIngForm(hit.First) is var gerund
        && ((gerund && ix.Is(hit.First - 1, "after")) || (ix.Is(hit.First - 1, "being") && ix.Is(hit.First - 2, "after")));

    private static bool ReasonBetween(TokenIndex ix, List<TriggerHit> group, TriggerHit hit)
    {
        var arrest = hit.Entry.Type == EventTypes.Arrest || group.Any(h => h.Entry.Type == EventTypes.Arrest);
        if (!arrest || group.All(h => h.Entry.Type == EventTypes.Arrest) == (hit.Entry.Type == EventTypes.Arrest))
        {
            return false;
        }

        for (var t = group[^1].End; t < hit.First; t++)
        {
            if (ix.IsAny(t, ReasonWords))
            {
                return true;
            }
        }

        return false;
    }

    // Nouns for many acts over time, inside which one act is told.
    private static readonly WordSet CampaignNouns = new("series wave spate campaign crackdown operations raids offensive protests unrest uprising");

    /// <summary>
    /// "during a series of operations in which police killed dozens": an act told inside a relative clause
    /// ("in which", "during which") on a campaign of many acts, after another act that took place during it.
    /// </summary>
    private static bool WiderCampaignBetween(TokenIndex ix, int from, int to)
    {
        var campaign = false;
        for (var t = from; t < to; t++)
        {
            campaign |= ix.IsAny(t, CampaignNouns);
            if (campaign && ix.Is(t, "which") && (ix.Is(t - 1, "in") || ix.Is(t - 1, "during")))
            {
                return true;
            }
        }

        return false;
    }

    // Words that may stand between "one of" and the figure they hedge: "one of more than a thousand".
    private static readonly WordSet FigureHedges = new("more than over at least nearly almost about around some roughly the");

    /// <summary>
    /// "Badie was arrested, one of more than a thousand supporters detained since the raids": the person's act is one
    /// of a wider tally, told as an incident of its own.
    /// </summary>
    private static bool OneOfMany(TokenIndex ix, TriggerHit hit)
    {
        if (hit.Quantity < 0)
        {
            return false;
        }

        var t = ix.QuantityTokens(hit.Quantity).First - 1;
        for (var limit = t - 3; t > limit && ix.IsAny(t, FigureHedges); t--)
        {
        }

        return ix.Is(t, "of") && ix.Is(t - 1, "one");
    }

    /// <summary>The hit's figure counts another kind of act than the group's first figure ("killed" against "arrested").</summary>
    private static bool TalliesApart(List<TriggerHit> group, TriggerHit hit)
    {
        if (hit.Quantity < 0 || hit.Entry.CountKey is not { } key || key == "injured")
        {
            return false;
        }

        // The group's first counted hit stands for it (a sentence piece holds a bounded number of hits).
        foreach (var counted in group)
        {
            if (counted.Quantity >= 0 && counted.Entry.CountKey is { } other)
            {
                return other != key && other != "injured";
            }
        }

        return false;
    }

    private static bool ToldBetween(TokenIndex ix, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (ix.IsAny(t, ToldNouns) && ix.Is(t + 1, "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Joins(TokenIndex ix, List<TriggerHit> group, TriggerHit hit, bool overPeriod)
    {
        var head = group[0];
        var type = hit.Entry.Type;
        if (SequenceBetween(ix, group[^1].End, hit.First) && !EarlierStepOfSameAct(ix, hit))
        {
            return false; // "ordered the detention of 22 officers after six people were killed": two incidents
        }

        if (ReasonBetween(ix, group, hit) || ToldBetween(ix, group[^1].End, hit.First))
        {
            return false; // "arrested six men over an attack", "fled, bringing accounts of killings"
        }

        if (WiderCampaignBetween(ix, group[0].End, hit.First))
        {
            return false; // "was shot dead during a wave of raids in which police killed dozens": the wave is its own incident
        }

        if (hit.Reading.LaterPart && hit.Date >= 0)
        {
            return false; // "sixteen dead ... and one more the following day": the later part is another incident
        }

        if (type == EventTypes.Protest && (CrowdFiredOn(ix, group, hit) || DuringGathering(ix, group, hit))
            || head.Entry.Type == EventTypes.Protest && TriggerJudge.MetWithForce(ix, hit.First, hit.End))
        {
            return true; // "fired at a crowd of 2,000 supporters who had gathered outside the commission": one incident
        }

        var same = type == head.Entry.Type && (type is EventTypes.Siege or EventTypes.Protest or EventTypes.Meeting or EventTypes.LegalAction);
        var violent = EventTypes.IsViolent(type) && (group.Any(h => EventTypes.IsViolent(h.Entry.Type)) || BrokenUp(ix, head));
        if (!same && !violent)
        {
            return false;
        }

        if (hit.Reading.Aggregate != head.Reading.Aggregate)
        {
            return false;
        }

        if (overPeriod && TalliesApart(group, hit))
        {
            return false; // "521 killed since the coup and more than 2,500 arrested": two tallies of two kinds of act
        }

        if (hit.Date >= 0 && head.Date < 0 && DatedMemberOfTally(ix, head, hit))
        {
            return false; // "100 people have been detained, including the mayor, who was arrested in November": one arrest of many
        }

        var date = group.FirstOrDefault(h => h.Date >= 0)?.Date ?? -1;
        return hit.Date < 0 || date < 0 || Equals(MentionDates.ValueOf(ix.Doc.Dates[date]), MentionDates.ValueOf(ix.Doc.Dates[hit.Date]));
    }
}
