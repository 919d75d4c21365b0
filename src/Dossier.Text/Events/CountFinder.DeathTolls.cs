namespace Dossier.Text.Events;

/// <summary>A killing's figure given as a toll: "the death toll rose to 191", "the official count of 191".</summary>
internal sealed partial class CountFinder
{
    internal static readonly WordSet TollWords = new("toll count tally");

    private static readonly WordSet TollLinks = new("of at to reached reaches rose risen climbed stood stands was is has had now later since then already");

    /// <summary>
    /// "the death toll rose to 191", "the official count of 191": a killing's figure given as a toll
    /// somewhere in its sentence; -1 when there is none.
    /// </summary>
    public int Toll(TokenIndex ix, int sentenceFirst, int sentenceEnd) => Toll(ix, sentenceFirst, sentenceEnd, deathOnly: false);

    /// <summary>
    /// "The death toll has risen to 22": a toll that names the dead itself, so that it needs no killing
    /// in its sentence; -1 when there is none.
    /// </summary>
    public int DeathToll(TokenIndex ix, int sentenceFirst, int sentenceEnd) => Toll(ix, sentenceFirst, sentenceEnd, deathOnly: true);

    private static readonly WordSet TollVerbs = new("rose risen reached climbed stood stands has had is was now");

    /// <summary>The verb a toll's figure follows, within a few words of a phrase that opens at <paramref name="from"/>; -1 when none.</summary>
    private static int TollVerbAfter(TokenIndex ix, int from, int sentenceEnd)
    {
        for (var u = from + 1; u < sentenceEnd && u < from + 10; u++)
        {
            if (ix.IsAny(u, TollVerbs))
            {
                return u;
            }

            if (ix.IsPunctuation(u) || ix.QuantityAt(u) >= 0 && ix.DateAt(u) < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Toll(TokenIndex ix, int sentenceFirst, int sentenceEnd, bool deathOnly)
    {
        if (!ix.MayHaveAny(sentenceFirst, sentenceEnd, TollWords))
        {
            return -1; // asked of every sentence without an act: nearly none names a toll
        }

        for (var t = sentenceFirst; t < sentenceEnd - 1; t++)
        {
            if (!ix.IsAny(t, TollWords) || (deathOnly && !ix.Is(t - 1, "death")))
            {
                continue;
            }

            var reach = t + 6;
            for (var u = t + 1; u < sentenceEnd && u < reach; u++)
            {
                var q = Usable(ix, u);
                if (q >= 0)
                {
                    return q;
                }

                if (u == t + 1 && (ix.Is(u, "from") || ix.Is(u, "in")) && TollVerbAfter(ix, u, sentenceEnd) is var verb and > 0)
                {
                    // "the death toll from the attack on the market has risen to 41": past what the toll is of, to its verb
                    u = verb;
                    reach = verb + 5;
                    continue;
                }

                if (ix.Is(u, "by") && ix.IsAny(u - 1, TollVerbs) && Usable(ix, u + 1) is var rise and >= 0 && ix.Is(ix.QuantityTokens(rise).End, "to"))
                {
                    u = ix.QuantityTokens(rise).End; // "rose by 12 to 67": past the rise, to the toll
                    reach = u + 4;
                    continue;
                }

                if (!ix.IsAny(u, TollLinks) && !ix.IsAny(u, Skippable))
                {
                    break;
                }
            }
        }

        return -1;
    }
}
