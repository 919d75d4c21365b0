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
        var groups = new List<List<TriggerHit>>();
        foreach (var hit in hits)
        {
            var group = groups.FirstOrDefault(g => Joins(ix, g, hit));
            if (group is null)
            {
                groups.Add([hit]);
            }
            else
            {
                group.Add(hit);
            }
        }

        ShareSentenceDate(ix, sentence, groups);
        var drafts = new List<IncidentDraft>(groups.Count);
        foreach (var group in groups)
        {
            var draft = Draft(ix, sentence, sentenceIndex, group);
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

    // "arrested over the murder", "detained in connection with the attack": the arrest and the act it
    // answers are two incidents.
    private static readonly WordSet ReasonWords = new("over for connection suspicion accused suspected charged");

    // "bringing accounts of killings": what follows is what others tell, a separate incident.
    private static readonly WordSet ToldNouns = new("accounts account reports allegations accusations testimony testimonies stories");

    /// <summary>"executed the men after detaining them", "died after being held": one act's earlier step.</summary>
    private static bool EarlierStepOfSameAct(TokenIndex ix, TriggerHit hit) =>
        hit.Entry.Role == TriggerRole.Verb && ix.Word(hit.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase) is var gerund
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

    private static bool Joins(TokenIndex ix, List<TriggerHit> group, TriggerHit hit)
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

        var same = type == head.Entry.Type && (type is EventTypes.Siege or EventTypes.Protest or EventTypes.Meeting or EventTypes.LegalAction);
        var violent = EventTypes.IsViolent(type) && group.Any(h => EventTypes.IsViolent(h.Entry.Type));
        if (!same && !violent)
        {
            return false;
        }

        if (hit.Reading.Aggregate != head.Reading.Aggregate)
        {
            return false;
        }

        var date = group.FirstOrDefault(h => h.Date >= 0)?.Date ?? -1;
        return hit.Date < 0 || date < 0 || Equals(MentionDates.ValueOf(ix.Doc.Dates[date]), MentionDates.ValueOf(ix.Doc.Dates[hit.Date]));
    }
}
