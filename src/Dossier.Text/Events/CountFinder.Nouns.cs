namespace Dossier.Text.Events;

/// <summary>The noun a figure counts: "more than 120 such killings", "the killing of ten men", "including two guards".</summary>
internal sealed partial class CountFinder
{
    /// <summary>
    /// A figure one or two words before the noun phrase from <paramref name="noun"/> to <paramref name="last"/> that the
    /// figure counts ("1,528 alleged extrajudicial killings"); -1 when there is none.
    /// </summary>
    private static int CountingNoun(TokenIndex ix, int noun, int last)
    {
        for (var t = noun - 1; t >= 0 && t >= noun - 3; t--)
        {
            if (ix.QuantityAt(t) >= 0)
            {
                var q = Usable(ix, t);
                return q >= 0 && (ix.Doc.Quantities[q].Noun is not { } counted || counted.End <= ix.Tokens[last].End) ? q : -1;
            }

            if (ix.Is(t, "of") && ix.QuantityAt(t - 1) >= 0 && ix.Doc.Quantities[ix.QuantityAt(t - 1)].Vague)
            {
                continue; // "dozens of new arrests"
            }

            if (!ix.IsWord(t) || ix.IsCapitalised(t) || ix.IsAny(t, NotModifiers))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "about 200 civilians and several dozen soldiers had died": the token ends a figure or its noun, so an "and"
    /// after it joins two parts of one subject, whose first figure leads.
    /// </summary>
    private static bool EndsCountedNoun(TokenIndex ix, int t)
    {
        var q = t >= 0 ? ix.QuantityAt(t) : -1;
        if (q >= 0)
        {
            return true;
        }

        for (var u = t - 1; u >= 0 && u >= t - 3; u--)
        {
            if (ix.QuantityAt(u) is var before and >= 0)
            {
                var mention = ix.Doc.Quantities[before];
                return mention.Noun is { } noun && noun.End == ix.Tokens[t].End;
            }
        }

        return false;
    }

    private static bool CountsNounBefore(TokenIndex ix, int quantity, int first)
    {
        // "330 hostages died": the figure's noun stands right before the verb.
        var q = ix.Doc.Quantities[quantity];
        var end = q.Noun is { } noun ? noun.End : q.Span.End;
        var before = ix.IsLyAdverb(first - 1) ? first - 2 : first - 1; // "400,000 people newly displaced"
        return before >= 0 && ix.Tokens[before].End == end;
    }

    private static int OfComplement(TokenIndex ix, int end, int sentenceEnd)
    {
        if (!ix.Is(end, "of"))
        {
            return -1;
        }

        return After(ix, end + 1, sentenceEnd, reach: 3); // "the killing of at least ten men"
    }

    private static bool PrecededByPartitive(TokenIndex ix, int token)
    {
        var q = ix.QuantityAt(token);
        var (first, _) = ix.QuantityTokens(q);
        if (WholeAfterAmong(ix, first - 1))
        {
            return false; // "They were among 45 people rounded up": the whole that the subject belongs to
        }

        return ix.IsAny(first - 1, Partitives) || (ix.Is(first - 1, "of") && ix.IsAny(first - 2, Partitives));
    }

    private static readonly WordSet Vessels = new("boat boats vessel vessels dinghy bus buses truck trucks lorry van ship");

    /// <summary>"a boat carrying 40 migrants", "a bus with 30 passengers": the figure of those a vessel carried, or -1.</summary>
    private static int Carried(TokenIndex ix, int end, int sentenceEnd)
    {
        var t = ix.Is(end, "a") || ix.Is(end, "an") || ix.Is(end, "the") ? end + 1 : end;
        t += ix.IsWord(t) && ix.IsAny(t + 1, Vessels) && !ix.IsAny(t, Vessels) ? 1 : 0; // "a rubber boat"
        return ix.IsAny(t, Vessels) && (ix.Is(t + 1, "carrying") || ix.Is(t + 1, "with")) ? After(ix, t + 2, sentenceEnd, reach: 3) : -1;
    }

    /// <summary>"with 26 victims", "left 17 victims": the figure of the victims a few words after a killing's noun, or -1.</summary>
    private static int VictimsAfter(TokenIndex ix, int end, int sentenceEnd)
    {
        for (var t = end + 1; t < sentenceEnd && t < end + 14; t++)
        {
            if (ix.Is(t, "victims") && Usable(ix, t - 1) is var q and >= 0)
            {
                return q;
            }

            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ';' or ':' or '.')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Before(TokenIndex ix, int sentenceFirst, int first)
    {
        var t = first - 1;
        while (t >= sentenceFirst && (ix.IsAny(t, Auxiliaries) || (ix.IsAny(t - 1, Auxiliaries) && ix.IsLyAdverb(t))))
        {
            t--; // "were publicly hanged"
        }

        // "the men of the village, about 40 of them, were shot", "the detainees, 30 in all, were": the figure set off
        // after the noun counts it.
        if (IsComma(ix, t) && (ix.Is(t - 1, "them") && ix.Is(t - 2, "of") || ix.Is(t - 1, "all") && ix.Is(t - 2, "in"))
            && t - 3 >= sentenceFirst && Usable(ix, t - 3) is var apposed and >= 0)
        {
            return apposed;
        }

        var found = -1;
        var verbGroup = t + 1;
        for (var limit = t - 15; t >= sentenceFirst && t > limit; t--)
        {
            if (found < 0 && t < verbGroup - 1 && ix.IsAny(t, RelativeOpeners) && !VerbBetween(ix, t + 1, verbGroup))
            {
                // "moved 200 prisoners after a riot in which a guard was killed": the clause has its own subject; in
                // "400 refugees who had escaped to Kyrgyzstan were flown", it has its own verb and ends before this one.
                break;
            }

            if (ix.IsPunctuation(t) && ix.Text[ix.Tokens[t].Start] is ',' or ';' or ':' or '.'
                && !(ix.Text[ix.Tokens[t].Start] == ',' && (InNounList(ix, t, first) || ix.IsPlaceAt(t - 1) && ix.IsPlaceAt(t + 1))))
            {
                break;
            }

            if (found >= 0 && ix.IsAny(t, ClauseJoins) && ix.QuantityAt(t) != found && !EndsCountedNoun(ix, t - 1))
            {
                break; // "six were killed in the town and the 43 others were taken away": another clause's subject
            }

            if (found >= 0 && WholeAfterAmong(ix, t))
            {
                break; // "The two were among 45 people rounded up": the whole, not the subject, was rounded up
            }

            var q = Usable(ix, t);
            if (q >= 0 && !PrecededByPartitive(ix, t))
            {
                found = q; // keep going: the subject's figure is its leftmost one
            }
        }

        return found;
    }
}
