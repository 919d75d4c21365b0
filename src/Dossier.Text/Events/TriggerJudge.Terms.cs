namespace Dossier.Text.Events;

/// <summary>
/// A prison term after "jailed" or "imprisoned" ("jailed for five years"): the sentence of a court, not an arrest; and
/// the test, shared by the word readings, for words near a trigger.
/// </summary>
internal sealed partial class TriggerJudge
{
    private static readonly WordSet PrisonVerbs = new("jailed imprisoned");
    private static readonly WordSet TermUnits = new("years year months month life");

    /// <summary>"jailed for five years", "jailed three journalists for seven years": a term follows, past the people jailed.</summary>
    private static bool ForTermAfter(TokenIndex ix, int end)
    {
        for (var t = end; t < end + 6 && t < ix.Count && !ix.IsPunctuation(t); t++)
        {
            if (ix.Is(t, "for"))
            {
                return IsTerm(ix, t + 1);
            }
        }

        return false;
    }

    private static bool IsTerm(TokenIndex ix, int t)
    {
        for (var u = t; u < t + 6 && u < ix.Count; u++)
        {
            if (ix.IsAny(u, TermUnits))
            {
                return true;
            }

            if (ix.IsPunctuation(u))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Near(TokenIndex ix, int sentenceFirst, int sentenceEnd, int token, int reach, WordSet words)
    {
        var from = Math.Max(sentenceFirst, token - reach);
        if (!ix.MayHaveAny(from, Math.Min(sentenceEnd, token + reach + 1), words))
        {
            return false; // a reach of up to 40 words each way: the sentence's signature settles most
        }

        for (var t = from; t < sentenceEnd && t <= token + reach; t++)
        {
            if (t != token && ix.IsAny(t, words))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Incommunicado = new("incommunicado");

    /// <summary>"have held the lawyer X without charge", "held them incommunicado": people held, said so after the verb.</summary>
    private static bool HeldWithoutCharge(TokenIndex ix, int end)
    {
        for (var t = end; t < end + 7 && t < ix.Count && (ix.IsWord(t) || ix.QuantityAt(t) >= 0); t++)
        {
            if (ix.IsAny(t, Incommunicado) || ix.Is(t, "without") && (ix.Is(t + 1, "charge") || ix.Is(t + 1, "trial")))
            {
                return true;
            }
        }

        return false;
    }
}
