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
}
