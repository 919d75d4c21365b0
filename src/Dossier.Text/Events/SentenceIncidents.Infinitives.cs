namespace Dossier.Text.Events;

/// <summary>
/// Infinitives between a date and an act in <see cref="SentenceIncidents"/>: "called on X to investigate the killings" keeps
/// the calling's date from the killings, but "to" before a noun phrase ("set fire to homes", "from house to house") opens
/// no infinitive, and "and was arrested" after one takes up the sentence's own verbs again.
/// </summary>
internal sealed partial class SentenceIncidents
{
    private static bool InfinitiveBetween(TokenIndex ix, int a, int b)
    {
        var infinitive = false;
        for (var t = Math.Min(a, b); t < Math.Max(a, b); t++)
        {
            if (ix.Is(t, "to") && ix.IsWord(t + 1) && !ix.IsCapitalised(t + 1) && ix.DateAt(t + 1) < 0 && !NounPhraseAfterTo(ix, t + 1)
                && !ix.IsAny(t + 1, Dispersals))
            {
                infinitive = true;
            }
            else if (infinitive && ix.Is(t, "and") && ix.IsAny(t + 1, ResumingAuxiliaries))
            {
                infinitive = false; // "went to Delhi to fast, and was arrested there": the subject's own verbs go on
            }
        }

        return infinitive;
    }

    // "..., and was arrested", "and had been held": a finite auxiliary after "and" takes up the sentence's subject again.
    private static readonly WordSet ResumingAuxiliaries = new("was were had");

    private static readonly WordSet Endings = new("end halt close standstill");

    // "fired tear gas to disperse a sit-in": the gathering broken up was there when the force was used.
    private static readonly WordSet Dispersals = new("disperse break clear scatter");

    private static readonly WordSet NounOpeners = new("the a an his her their its this these those at some about around over nearly almost up");

    /// <summary>
    /// "set fire to at least 40 homes", "set fire to homes": a figure, a determiner or a plural noun after "to" is its
    /// object, not an infinitive's verb (which would end in "s" only as "discuss" or "focus" do).
    /// </summary>
    private static bool NounPhraseAfterTo(TokenIndex ix, int t)
    {
        if (ix.IsAny(t, NounOpeners) || ix.QuantityAt(t) >= 0)
        {
            return !ix.IsAny(t + 1, Endings); // "bringing to an end": an idiom of the verb before, which then opens no phrase
        }

        return ix.IsAny(t, Destinations) || TriggerJudge.IsPlural(ix, t) && !ix.Word(t).EndsWith("us", StringComparison.OrdinalIgnoreCase)
            || ix.IsWord(t - 2) && ix.Word(t - 2).Equals(ix.Word(t), StringComparison.OrdinalIgnoreCase); // "from house to house"
    }

    // "sentenced to death in February 2015", "taken to hospital": nouns after "to", not infinitives.
    private static readonly WordSet Destinations = new("death prison jail life hospital court");
}
