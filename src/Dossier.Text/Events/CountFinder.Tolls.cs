using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Figures told apart from the verb: "N dead", "N taken to hospital", "the bodies of N", a single victim.</summary>
internal sealed partial class CountFinder
{
    /// <summary>
    /// "left ten people dead", "with 12 dead", "dozens of dead": a figure followed (through its noun) by "dead" anywhere in the
    /// sentence; -1 when there is none.
    /// </summary>
    public int Dead(TokenIndex ix, int sentenceFirst, int sentenceEnd)
    {
        if (!ix.MayHaveAny(sentenceFirst, sentenceEnd, DeadWords))
        {
            return -1; // most sentences: no "dead" to read a figure before
        }

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
                    return last >= 0 && ix.Tokens[last].End == reach ? FirstOfAlternatives(ix, sentenceFirst, q) : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "leaving 45 people in hospital", "sent a dozen protesters to hospital", "20 were hospitalised": the injured
    /// counted by those taken to hospital; -1 when the sentence counts none.
    /// </summary>
    public int Hospitalised(TokenIndex ix, int sentenceFirst, int sentenceEnd)
    {
        if (!ix.MayHaveAny(sentenceFirst, sentenceEnd, HospitalCues))
        {
            return -1; // most sentences: none of the words a figure of the hospitalised goes with
        }

        for (var t = sentenceFirst + 1; t < sentenceEnd; t++)
        {
            if (!ix.IsAny(t, HospitalCues))
            {
                continue; // every test below opens with a cue word: one filter read turns away the other words
            }

            if (ix.IsAny(t, HospitalisedWords))
            {
                var q = Before(ix, sentenceFirst, t);
                if (q >= 0 && ix.IsAny(t - 1, Auxiliaries))
                {
                    return q; // "20 were hospitalised"
                }
            }

            if (ix.Is(t, "treated") && TreatedFor(ix, sentenceFirst, sentenceEnd, t) is var treated and >= 0)
            {
                return treated; // "had treated dozens of people for gunshot wounds", "40 were treated for injuries"
            }

            if (!ix.Is(t, "hospital") || !(ix.Is(t - 1, "in") || ix.Is(t - 1, "to")))
            {
                continue;
            }

            if (ix.Is(t - 2, "taken") && ix.IsAny(t - 3, Auxiliaries) && Before(ix, sentenceFirst, t - 2) is var taken and >= 0)
            {
                return taken; // "twelve people were taken to hospital"
            }

            if (ix.Is(t - 1, "in") && ix.IsAny(t - 2, BeVerbs) && Usable(ix, t - 3) is var lying and >= 0)
            {
                return lying; // "at least thirty are in hospital"
            }

            for (var u = t - 2; u >= sentenceFirst && u > t - 5; u--)
            {
                var q = Usable(ix, u);
                if (q >= 0)
                {
                    // "leaving 45 people in hospital": the figure (through its noun) ends right before "in".
                    var mention = ix.Doc.Quantities[q];
                    var reach = mention.Noun is { } noun ? Math.Max(noun.End, mention.Span.End) : mention.Span.End;
                    return ix.Tokens[t - 2].End == reach ? q : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>The figure of those "treated" for wounds or injuries, after the verb or as its passive subject; -1 when none.</summary>
    private static int TreatedFor(TokenIndex ix, int sentenceFirst, int sentenceEnd, int treated)
    {
        var q = ix.IsAny(treated - 1, Auxiliaries) && !ix.Is(treated - 1, "had") && !ix.Is(treated - 1, "have") && !ix.Is(treated - 1, "has")
            ? Before(ix, sentenceFirst, treated)
            : After(ix, treated + 1, sentenceEnd);
        if (q < 0)
        {
            return -1;
        }

        // The injuries must be named within a few words of "for": "for gunshot wounds", "for injuries from beatings".
        var (_, end) = ix.QuantityTokens(q);
        var from = Math.Max(end, treated + 1);
        for (var t = from; t < sentenceEnd && t < from + 8; t++)
        {
            if (ix.Is(t, "for"))
            {
                for (var u = t + 1; u < sentenceEnd && u <= t + 3; u++)
                {
                    if (ix.IsAny(u, WoundWords))
                    {
                        return q;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    private static readonly WordSet WoundWords = new("wounds wound injuries injury burns fractures");

    /// <summary>"dozens and possibly hundreds of dead": the report's first, firmer figure.</summary>
    private static int FirstOfAlternatives(TokenIndex ix, int sentenceFirst, int quantity)
    {
        var (first, _) = ix.QuantityTokens(quantity);
        var t = first - 1;
        while (t >= sentenceFirst && ix.IsAny(t, Hedges))
        {
            t--;
        }

        return t < first - 1 && t >= sentenceFirst && ix.IsAny(t + 1, Alternatives) && Usable(ix, t) is var earlier and >= 0 ? earlier : quantity;
    }

    /// <summary>
    /// "the bodies of 29 children", "14 bodies were recovered": the dead counted by their bodies; -1 when
    /// the sentence counts none.
    /// </summary>
    public int Bodies(TokenIndex ix, int sentenceFirst, int sentenceEnd)
    {
        if (!ix.MayHaveAny(sentenceFirst, sentenceEnd, BodiesWords))
        {
            return -1;
        }

        for (var t = sentenceFirst; t < sentenceEnd; t++)
        {
            if (!ix.Is(t, "bodies"))
            {
                continue;
            }

            if (ix.Is(t + 1, "of") && After(ix, t + 2, sentenceEnd) is var of and >= 0)
            {
                return of;
            }

            if (Usable(ix, t - 1) is var before and >= 0)
            {
                return before;
            }
        }

        return -1;
    }

    /// <summary>
    /// "A journalist was shot dead", "one man was arrested", "an engineer arrested in the port": a passive
    /// verb whose subject is a single person without a name; the span of that subject, or null.
    /// </summary>
    public static TextSpan? SingleVictim(TokenIndex ix, int sentenceFirst, int first, int end)
    {
        // "was arrested", or a participle after its noun followed by a place or time: "an engineer arrested in the port".
        var t = first - 1;
        if (ix.IsAny(t, VerbAdverbs) && ix.Is(t - 1, "was"))
        {
            t--; // "a journalist was reportedly picked up"
        }

        // "the funeral of a student who had been shot dead": a relative clause on one person.
        var who = ix.Is(t, "been") && ix.Is(t - 1, "had") ? t - 2 : ix.Is(t, "was") ? t - 1 : -1;
        var relative = who > sentenceFirst && ix.Is(who, "who");
        var reduced = !ix.Is(t, "was") && !relative && (ix.IsAny(end, AfterParticiple) || ix.IsPunctuation(end));
        if (!ix.Is(t, "was") && !reduced && !relative)
        {
            return null;
        }

        var noun = relative ? who - 1 : reduced ? first - 1 : t - 1;
        if (noun < sentenceFirst || !ix.IsWord(noun) || ix.IsCapitalised(noun) || ix.EntityAt(noun) >= 0 || ix.QuantityAt(noun) >= 0)
        {
            return null;
        }

        // The determiner may stand up to two words before the noun: "a young journalist", "an Indian engineer".
        // "a 16-year-old was shot dead": the age is the noun.
        var start = AgeEndsAt(ix, noun) ? noun - 3 : noun - 1;
        var reach = start - 2;
        for (var d = start; d >= sentenceFirst && d >= reach; d--)
        {
            if (AgeEndsAt(ix, d))
            {
                d -= 2; // "a 16-year-old student": the age is no figure of victims
                reach -= 3;
                continue;
            }

            if (ix.IsAny(d, Singles) || ix.IsAny(d, KnownOnes) && d == noun - 1 && ix.IsAny(noun, PersonNouns))
            {
                // The subject opens the sentence or its clause ("a riot in which a guard was killed"), or follows an opening
                // date ("On 3 May a man was killed").
                var opens = d == sentenceFirst || ix.IsPunctuation(d - 1) || ix.IsAny(d - 1, ClauseJoins) || ix.IsAny(d - 1, ClauseOpeners) || ix.Is(d - 1, "where") || ix.DateAt(d - 1) >= 0;
                return (opens || reduced || relative) && !ix.Is(d, "another") ? ix.SpanOf(d, noun + 1) : null;
            }

            if (!ix.IsWord(d))
            {
                return null;
            }
        }

        return null;
    }

    // "The driver was found dead", "her son was detained": one person the report knows, named by what they are.
    private static readonly WordSet KnownOnes = new("the his her");

    /// <summary>"16-year-old" ends at <paramref name="t"/>: the figure before it is an age, not a count of victims.</summary>
    private static bool AgeEndsAt(TokenIndex ix, int t) => ix.Is(t, "year-old") && ix.Is(t - 1, "-") && ix.QuantityAt(t - 2) >= 0;
}
