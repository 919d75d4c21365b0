using Dossier.Text.Model;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Quantities;

/// <summary>
/// Reads the words around a figure: the qualifier before it ("more than", "around", "exceeds"), what
/// kind of quantity it is (percent, money, age, measure, or a count), whether it names a thing
/// ("Resolution 2231", "10:30"), and the head noun it counts ("52 members of ..." counts "members").
/// </summary>
internal static class QuantityContext
{
    private const int MaxNounWords = 4;

    /// <summary>The qualifier span before token <paramref name="k"/>, if any.</summary>
    public static TextSpan? Qualifier(TokenReader r, int k)
    {
        if (r.IsWord(k - 2) && r.IsWord(k - 1) && QuantityLexicon.IsQualifierPair(r.Span(k - 2), r.Span(k - 1)))
        {
            return r.SpanOf(k - 2, k - 1);
        }

        if (r.IsWord(k - 1) && QuantityLexicon.IsQualifier(r.Bare(k - 1)) || r.IsPunct(k - 1, '~'))
        {
            return r.SpanOf(k - 1, k - 1);
        }

        return null;
    }

    /// <summary>True when the number names something ("Resolution 2231", "No. 5", "10:30", "#3") instead of measuring it.</summary>
    public static bool IsIdentifier(TokenReader r, NumberPhrase phrase)
    {
        var before = phrase.First - 1;
        if (r.IsWord(before) && QuantityLexicon.IsIdentifierHead(r.Span(before)) || r.IsPunct(before, '#'))
        {
            return true;
        }

        // Times and scores ("10:30", "3-2" is a range, kept) and phone-like runs.
        return r.IsPunct(phrase.End, ':') && r.Touches(phrase.End) && r.IsNumber(phrase.End + 1)
            || r.IsPunct(before, ':') && r.Touches(phrase.First) && r.IsNumber(before - 1);
    }

    public static QuantityKind KindOf(TokenReader r, NumberPhrase phrase)
    {
        var before = phrase.First - 1;
        var after = phrase.End;
        if (r.IsPunct(after, '%') || r.IsAny(after, "percent", "pc") || r.Is(after, "per") && r.Is(after + 1, "cent"))
        {
            return QuantityKind.Percent;
        }

        if (r.Kind(before) == TokenKind.Symbol && r.First(before) is '$' or '€' or '£' or '¥'
            || r.IsWord(before) && QuantityLexicon.IsCurrency(r.Span(before))
            || r.IsWord(after) && QuantityLexicon.IsCurrency(r.Span(after)))
        {
            return QuantityKind.Money;
        }

        if (r.IsAny(before, "aged", "age") || r.Is(before, "of") && r.Is(before - 1, "age")
            || r.IsDash(after) && r.Touches(after) && r.IsWord(after + 1) && r.Span(after + 1).StartsWith("year", StringComparison.OrdinalIgnoreCase)
            || r.IsAny(after, "years", "year") && r.IsAny(after + 1, "old", "-old")
            || r.IsWord(after) && r.Span(after).StartsWith("year-old", StringComparison.OrdinalIgnoreCase))
        {
            return QuantityKind.Age;
        }

        if (r.IsWord(after) && QuantityLexicon.IsMeasure(r.Span(after)))
        {
            return QuantityKind.Measure;
        }

        return phrase.Decimal ? QuantityKind.Measure : QuantityKind.Count;
    }

    /// <summary>The head noun after a figure: "52 members of the opposition" → "members"; "dozens of journalists" → "journalists".</summary>
    public static TextSpan? HeadNoun(TokenReader r, NumberPhrase phrase, int limit, out int nounToken)
    {
        nounToken = -1;
        var j = phrase.End;
        if (r.Is(j, "of"))
        {
            j++;
            if (r.IsAny(j, "the", "these", "those") || r.IsAny(j, "its", "their", "his") || r.IsAny(j, "her", "our", "them"))
            {
                j++;
            }
        }

        int lastWord = -1, lastPlural = -1;
        for (var n = 0; n < MaxNounWords && j < limit && r.IsWord(j); n++, j++)
        {
            var word = r.Span(j);
            if (QuantityLexicon.IsNounStop(word) || word[0] == '\'')
            {
                break;
            }

            if (word.Equals("more", StringComparison.OrdinalIgnoreCase) || word.Equals("other", StringComparison.OrdinalIgnoreCase)
                || word.Equals("further", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "hundreds more", "7 other residents": look past, never the noun itself
            }

            lastWord = j;
            if (IsPlural(word))
            {
                lastPlural = j;
            }
        }

        // A lone past participle ("thousands fled", "half a million displaced") is what happened, not who.
        if (lastPlural < 0 && lastWord >= 0
            && (r.Span(lastWord).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || r.Span(lastWord).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
        {
            lastWord = -1;
        }

        nounToken = lastPlural >= 0 ? lastPlural : lastWord;
        return nounToken >= 0 ? r.SpanOf(nounToken, nounToken) : null;
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) is not ('s' or 'u' or 'i')
        || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("men", StringComparison.OrdinalIgnoreCase)
        || word.Equals("women", StringComparison.OrdinalIgnoreCase) || word.Equals("children", StringComparison.OrdinalIgnoreCase);
}
