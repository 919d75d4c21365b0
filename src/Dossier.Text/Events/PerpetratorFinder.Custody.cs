using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// Actors known from where the act happened: the keeper of the custody ("beaten in police custody", "died in
/// a CIA prison") and the state whose executions are told ("put to death in Saudi Arabia").
/// </summary>
internal sealed partial class PerpetratorFinder
{
    private static readonly WordSet CustodyPlaces = new("custody prison prisons jail jails cell cells van vans station stations detention");

    private const int CustodyWindow = 10;

    /// <summary>
    /// "were beaten in police custody", "died after being held in a police van", "tortured in secret CIA prisons": the
    /// force or body named as keeper of the place of custody, for harm done to people held there.
    /// </summary>
    private static (int First, int End)? Custodian(TokenIndex ix, int end, int sentenceEnd, string type)
    {
        if (type is not (EventTypes.Torture or EventTypes.Killing or EventTypes.SexualViolence or EventTypes.Arrest))
        {
            return null;
        }

        for (var t = end + 1; t < sentenceEnd && t < end + CustodyWindow; t++)
        {
            if (TriggerJudge.IsClauseBreak(ix, t) && !ix.Is(t, "where"))
            {
                return null;
            }

            if (!ix.IsAny(t, CustodyPlaces))
            {
                continue;
            }

            var keeper = t - 1;
            if (ix.IsAny(keeper, Agents) && !ix.IsAny(keeper, Courts))
            {
                return (keeper, keeper + 1);
            }

            if (ix.EntityAt(keeper) is var m and >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Organization)
            {
                return ix.MentionTokens(m);
            }

            return null;
        }

        return null;
    }

    /// <summary>"the number of people put to death in Saudi Arabia", "executions in Iran": a state carries out its executions.</summary>
    private static (int First, int End)? ExecutingState(TokenIndex ix, int first, int end, int sentenceFirst, int sentenceEnd)
    {
        for (var t = Math.Max(sentenceFirst, first - 8); t < sentenceEnd && t < end + 8; t++)
        {
            if (ix.Is(t, "in") && ix.EntityAt(t + 1) is var m and >= 0 && ix.Doc.EntityMentions[m].Type == EntityType.Location
                && PlaceFinder.EntityOf(ix, ix.Doc.EntityMentions[m])?.PlaceKind == "country")
            {
                return ix.MentionTokens(m);
            }
        }

        return null;
    }
}
