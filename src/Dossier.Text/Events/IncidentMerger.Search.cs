namespace Dossier.Text.Events;

/// <summary>
/// The tests <see cref="IncidentMerger"/>'s search asks of the incidents so far while it weighs one candidate.
/// They are loops, not lambdas: a lambda capturing the candidate made the search allocate a closure for every
/// candidate it looked at, whether or not the test was reached.
/// </summary>
internal sealed partial class IncidentMerger
{
    private static bool AnyWithSameFigure(List<IncidentDraft> drafts, IncidentDraft next)
    {
        foreach (var draft in drafts)
        {
            if (SameFigure(draft, next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Some incident so far has every act of <paramref name="next"/> ("the attack" after an air strike was told).</summary>
    private static bool AnyCovering(List<IncidentDraft> drafts, IncidentDraft next)
    {
        foreach (var draft in drafts)
        {
            if (Covers(draft, next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Some other incident than <paramref name="candidate"/> has exactly the figure of <paramref name="next"/>.</summary>
    private static bool CountedByAnother(List<IncidentDraft> drafts, IncidentDraft candidate, IncidentDraft next)
    {
        foreach (var draft in drafts)
        {
            if (draft != candidate && SameExactFigure(draft, next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="next"/> counts something (killed, injured, ...) that <paramref name="candidate"/> counts too.</summary>
    private static bool SharesCountKey(IncidentDraft next, IncidentDraft candidate)
    {
        foreach (var key in next.Counts.Keys)
        {
            if (candidate.Counts.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    // Loops rather than lambdas here: these run for every earlier incident each new mention is compared with.
    private static bool SameExactFigure(IncidentDraft candidate, IncidentDraft next)
    {
        foreach (var (key, count) in next.Counts)
        {
            if (count.IsExact && candidate.Counts.TryGetValue(key, out var other) && other.Min == count.Min && other.Max == count.Max)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameFigure(IncidentDraft candidate, IncidentDraft next)
    {
        foreach (var (key, count) in next.Counts)
        {
            if (candidate.Counts.TryGetValue(key, out var other) && other.Min == count.Min && other.Max == count.Max)
            {
                return true;
            }
        }

        return false;
    }
}
