using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Which hit of a draft claims a figure, and which named person a draft counts.</summary>
internal sealed partial class SentenceIncidents
{
    /// <summary>
    /// The hits of a group of two or more in the order they claim figures: verbs first, the main verb before one in a
    /// clause describing the counted people, then nouns. A method of its own so that the lambda's closure is made only
    /// for such a group, not for every draft.
    /// </summary>
    private static List<TriggerHit> ClaimOrder(TokenIndex ix, List<TriggerHit> group) =>
        InOrder(group, h => h.Entry.Role != TriggerRole.Verb ? 2 : DescribesTheCounted(ix, group, h) ? 1 : 0);

    /// <summary>The entity of the person named in <paramref name="span"/>, or -1.</summary>
    private static int PersonIn(TokenIndex ix, TextSpan span)
    {
        var (first, end) = ix.TokensIn(span);
        for (var t = first; t < end; t++)
        {
            if (ix.IsPersonAt(t))
            {
                return ix.Doc.EntityMentions[ix.EntityAt(t)].EntityId;
            }
        }

        return -1;
    }

    /// <summary>The hit is the verb of a relative clause right after its figure's noun, and a later verb counts the same figure.</summary>
    private static bool DescribesTheCounted(TokenIndex ix, List<TriggerHit> group, TriggerHit hit)
    {
        if (hit.Quantity < 0 || !CountFinder.RelativeSubject(ix, hit.Quantity, hit.First))
        {
            return false;
        }

        foreach (var other in group)
        {
            if (other.First > hit.First && other.Quantity == hit.Quantity && other.Entry.Role == TriggerRole.Verb)
            {
                return true;
            }
        }

        return false;
    }
}
