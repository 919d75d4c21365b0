using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Small groups inside lists of people ("a priest and two nuns") and lists of nouns after a figure ("300 women, children and old people").</summary>
internal sealed partial class CountFinder
{
    /// <summary>
    /// "arrested two journalists and a driver": a small figure that opens a list of people closed by "and" counts the whole
    /// list; null when the figure stands alone or the list runs into a verb of its own ("two soldiers and a guard was hurt").
    /// </summary>
    public static (int Count, TextSpan Span)? ListOpenedByFigure(TokenIndex ix, int quantity, int sentenceEnd, int verb)
    {
        var (from, _) = ix.QuantityTokens(quantity);
        if (SmallGroup(ix, from, sentenceEnd) == 0)
        {
            return null;
        }

        var stop = from + 1;
        while (stop < sentenceEnd && stop < from + 30 && stop != verb && !ix.IsAny(stop, Auxiliaries) && (!IsStop(ix, stop) || GroupItem(ix, stop, sentenceEnd)))
        {
            stop++;
        }

        // A list that ends at an auxiliary is the subject of a verb: the counted one ("two guards and a driver were killed"),
        // or another that makes it a clause of its own ("two farmers and a boy was wounded").
        var own = stop;
        while (own < verb && ix.IsAny(own, Auxiliaries))
        {
            own++;
        }

        if (ix.IsAny(stop, Auxiliaries) && own != verb)
        {
            return null;
        }

        return Listed(ix, from, stop) is { } list && list.Count > ix.Doc.Quantities[quantity].Min ? list : null;
    }

    /// <summary>
    /// "My wife and my three children were killed", "killed a priest and two nuns": a small figure that closes a list of
    /// people opened by a single person counts the whole list; null when no such list stands before it.
    /// </summary>
    public static (int Count, TextSpan Span)? ListClosedByFigure(TokenIndex ix, int quantity, int sentenceFirst, int sentenceEnd, int verb, int verbEnd)
    {
        var (from, _) = ix.QuantityTokens(quantity);
        var and = ix.IsAny(from - 1, Possessives) ? from - 2 : from - 1;
        if (!ix.Is(and, "and") || SmallGroup(ix, from, sentenceEnd) == 0)
        {
            return null;
        }

        var stop = from + 1;
        if (ix.Is(stop, "of") && (ix.IsAny(stop + 1, Possessives) || ix.Is(stop + 1, "the")))
        {
            stop += 2; // "X and two of his associates"
        }

        while (stop < sentenceEnd && stop < from + 10 && stop != verb && !ix.IsAny(stop, Auxiliaries) && !IsStop(ix, stop) && !ix.IsAny(stop, ItemEnds))
        {
            stop++;
        }

        // The list opens the sentence, follows a mark (a quote, a comma) or is the verb's object.
        for (var s = Math.Max(sentenceFirst, and - 12); s < and; s++)
        {
            var opens = s == sentenceFirst || ix.IsPunctuation(s - 1) || s == verbEnd || ix.DateAt(s - 1) >= 0; // "In May the activist X and two of his associates vanished"
            if (opens && ix.IsAny(s, ListOpeners) && Listed(ix, s, stop) is { } list && list.Count > ix.Doc.Quantities[quantity].Min)
            {
                return list;
            }
        }

        return null;
    }

    /// <summary>"and two nuns": a small group listed after another item, part of the list rather than its end.</summary>
    private static bool GroupItem(TokenIndex ix, int t, int sentenceEnd)
    {
        var before = ix.IsAny(t - 1, Possessives) ? t - 2 : t - 1; // "and their three children"
        return (ix.Is(before, "and") || IsComma(ix, before)) && SmallGroup(ix, t, sentenceEnd) > 0;
    }

    /// <summary>"two nuns" in "a priest and two nuns": a small exact figure of one word before its noun; 0 when none stands at <paramref name="t"/>.</summary>
    private static int SmallGroup(TokenIndex ix, int t, int to)
    {
        var q = Usable(ix, t);
        if (q < 0 || t + 1 >= to || !ix.IsWord(t + 1) || ix.QuantityTokens(q) != (t, t + 1))
        {
            return 0;
        }

        var mention = ix.Doc.Quantities[q];
        return mention.IsExact && mention.Min is >= 2 and <= 20 ? (int)mention.Min : 0;
    }

    /// <summary>"304 men, women and children killed": the figure's noun opens a list of nouns that ends right before the verb.</summary>
    private static bool NounListBefore(TokenIndex ix, int quantity, int first)
    {
        var q = ix.Doc.Quantities[quantity];
        if (q.Noun is not { } noun)
        {
            return false;
        }

        var (_, after) = ix.TokensIn(noun);
        return after < first && IsNounListTail(ix, after, first);
    }

    /// <summary>The comma at <paramref name="comma"/> follows a counted noun and continues a list of nouns up to the verb.</summary>
    private static bool InNounList(TokenIndex ix, int comma, int first) => EndsCountedNoun(ix, comma - 1) && IsNounListTail(ix, comma, first);

    /// <summary>", women and children" from <paramref name="from"/> to the verb: one or two plain words after each comma or "and", closed by "and".</summary>
    private static bool IsNounListTail(TokenIndex ix, int from, int first)
    {
        var closed = false;
        var t = from;
        while (t < first)
        {
            if (!(IsComma(ix, t) || ix.Is(t, "and")) || closed)
            {
                return false;
            }

            closed = ix.Is(t, "and");
            var words = 0;
            for (t++; t < first && ix.IsWord(t) && !ix.Is(t, "and") && !ix.IsCapitalised(t) && !ix.IsAny(t, ItemEnds) && !ix.IsAny(t, Auxiliaries); t++)
            {
                words++;
            }

            if (words is 0 or > 2)
            {
                return false;
            }

            while (t < first && ix.IsAny(t, Auxiliaries))
            {
                t++; // "women, children and elderly people were ...": the list ends at its verb's auxiliary
            }
        }

        return closed;
    }
}
