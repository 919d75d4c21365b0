using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>The less direct ways a report ties a figure to an act: relative clauses, totals, "N dead", a single victim.</summary>
internal sealed partial class CountFinder
{
    private static readonly WordSet ClauseJoins = new("and but while whereas");
    private static readonly WordSet Relatives = new("who that which whom");
    private static readonly WordSet TotalVerbs = new("rose risen reached stood stands climbed increased exceeded passed hit");
    private static readonly WordSet Singles = new("a an one another");
    private static readonly WordSet DeadWords = new("dead");

    /// <summary>"300 people who fled", "40 men who had been detained": the figure's noun heads a relative clause ending in the verb.</summary>
    private static bool RelativeSubject(TokenIndex ix, int quantity, int first)
    {
        var q = ix.Doc.Quantities[quantity];
        var (_, end) = ix.TokensIn(q.Noun is { } noun && noun.End > q.Span.End ? new TextSpan(q.Span.Start, noun.End) : q.Span);
        if (!ix.IsAny(end, Relatives))
        {
            return false;
        }

        for (var t = end + 1; t < first; t++)
        {
            if (!ix.IsAny(t, Auxiliaries))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the number of people killed rose to 50": a total named by a verb's participle.</summary>
    private static int NumberOfVerb(TokenIndex ix, int first, int end, int sentenceEnd)
    {
        var t = first - 1;
        while (t > first - 4 && t >= 0 && ix.IsWord(t) && !ix.Is(t, "of"))
        {
            t--;
        }

        if (!ix.Is(t, "of") || !ix.Is(t - 1, "number"))
        {
            return -1;
        }

        for (var u = end; u < sentenceEnd && u < end + 8; u++)
        {
            if (ix.IsAny(u, TotalVerbs))
            {
                var next = ix.Is(u + 1, "to") || ix.Is(u + 1, "at") ? u + 2 : u + 1;
                return After(ix, next, sentenceEnd);
            }
        }

        return -1;
    }

    /// <summary>
    /// "left ten people dead", "with 12 dead", "dozens of dead": a figure followed (through its noun) by "dead" anywhere in the
    /// sentence; -1 when there is none.
    /// </summary>
    public int Dead(TokenIndex ix, int sentenceFirst, int sentenceEnd)
    {
        for (var t = sentenceFirst + 1; t < sentenceEnd; t++)
        {
            if (!ix.IsAny(t, DeadWords) || ix.Is(t - 1, "shot"))
            {
                continue;
            }

            for (var u = t - 1; u >= sentenceFirst && u > t - 4; u--)
            {
                var q = Usable(ix, u);
                if (q >= 0)
                {
                    var mention = ix.Doc.Quantities[q];
                    var reach = mention.Noun is { } noun ? Math.Max(noun.End, mention.Span.End) : mention.Span.End;
                    var last = ix.Is(t - 1, "of") ? t - 2 : t - 1; // "hundreds of dead"
                    return last >= 0 && ix.Tokens[last].End == reach ? q : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "A journalist was shot dead", "one man was arrested": a passive verb whose subject is a single person
    /// without a name; the span of that subject, or null.
    /// </summary>
    public static TextSpan? SingleVictim(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        if (!ix.Is(t, "was"))
        {
            return null;
        }

        var noun = t - 1;
        if (noun < sentenceFirst || !ix.IsWord(noun) || ix.IsCapitalised(noun) || ix.EntityAt(noun) >= 0 || ix.QuantityAt(noun) >= 0)
        {
            return null;
        }

        // The determiner may stand up to two words before the noun: "a young journalist", "an off-duty police officer".
        for (var d = noun - 1; d >= sentenceFirst && d >= noun - 3; d--)
        {
            if (ix.IsAny(d, Singles))
            {
                var opens = d == sentenceFirst || ix.IsPunctuation(d - 1) || ix.IsAny(d - 1, ClauseJoins) || ix.Is(d - 1, "when");
                return opens && !ix.Is(d, "another") ? ix.SpanOf(d, noun + 1) : null;
            }

            if (!ix.IsWord(d) || ix.IsCapitalised(d) && d != sentenceFirst)
            {
                return null;
            }
        }

        return null;
    }
}
