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
        return groups.Select(g => Draft(ix, sentence, sentenceIndex, g)).ToList();
    }

    private static bool Joins(TokenIndex ix, List<TriggerHit> group, TriggerHit hit)
    {
        var head = group[0];
        var type = hit.Entry.Type;
        if (SequenceBetween(ix, group[^1].End, hit.First))
        {
            return false; // "ordered the detention of 22 officers after six people were killed": two incidents
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
