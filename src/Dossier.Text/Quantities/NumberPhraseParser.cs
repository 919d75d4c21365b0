using System.Globalization;
using Dossier.Text.Model;
using Dossier.Text.Segmentation;

namespace Dossier.Text.Quantities;

/// <summary>
/// Reads one figure at a token: digits with separators ("17,500", "3 000", "2.5 million", "20-30"),
/// number words ("fifty-two", "one hundred and twenty", "two million", "a dozen", "half a million") and
/// vague amounts ("dozens", "tens of thousands", "a handful"). Ordinals, decades and pronoun uses of
/// "one" ("no one", "one of") are not figures.
/// </summary>
internal static class NumberPhraseParser
{
    private const long Limit = 1_000_000_000_000_000;

    public static bool TryParse(TokenReader r, int k, out NumberPhrase phrase)
    {
        phrase = default;
        return r.Kind(k) switch
        {
            TokenKind.Number => TryDigits(r, k, out phrase),
            TokenKind.Word => TryVague(r, k, out phrase) || TryWords(r, k, out phrase) || TryBoth(r, k, out phrase),
            _ => false,
        };
    }

    private static bool TryDigits(TokenReader r, int k, out NumberPhrase phrase)
    {
        phrase = default;
        var span = r.Span(k);
        if (!char.IsAsciiDigit(span[^1]) || span.Count('.') > 1 || !TryValue(span, out var value))
        {
            return false; // "2nd", "1990s", "01.09.2013"
        }

        if (span.Length > 1 && span[0] == '0' && span[1] != '.')
        {
            return false; // "011", "0044": a code, not a figure
        }

        var isDecimal = span.Contains('.');
        var end = k + 1;

        // "3 000 000": groups of three digits after a short leading group, one space apart.
        if (!isDecimal && span.Length <= 3 && !span.Contains(','))
        {
            while (r.IsNumber(end) && r.Span(end).Length == 3 && IsOneSpaceApart(r, end) && TryValue(r.Span(end), out var group))
            {
                value = value * 1000 + group;
                end++;
            }
        }

        if (NumberWords.TryMultiplier(r.Span(end), out var multiplier) && !r.Is(end + 1, "of"))
        {
            value *= multiplier;
            end++;
            isDecimal = false;
        }

        var max = value;
        if (!isDecimal && r.IsDash(end) && r.Span(end).Length == 1 && r.Touches(end) && r.Touches(end + 1) && r.IsNumber(end + 1)
            && TryValue(r.Span(end + 1), out var upper) && upper > value && !r.Span(end + 1).Contains('.'))
        {
            max = upper;
            end += 2;
        }

        if (value > Limit || max > Limit)
        {
            return false;
        }

        phrase = new NumberPhrase(k, end, (long)decimal.Floor(value), (long)decimal.Floor(max), Vague: false, isDecimal);
        return true;
    }

    private static bool IsOneSpaceApart(TokenReader r, int k) =>
        r.AllTokens[k].Start == r.AllTokens[k - 1].End + 1 && r.Text[r.AllTokens[k - 1].End] == ' ';

    private static bool TryValue(ReadOnlySpan<char> span, out decimal value)
    {
        Span<char> buffer = stackalloc char[32];
        var length = 0;
        foreach (var c in span)
        {
            if (c == ',')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                value = 0;
                return false;
            }

            buffer[length++] = c;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // "dozens", "hundreds of thousands", "tens of thousands", "scores of", "a handful of".
    private static bool TryVague(TokenReader r, int k, out NumberPhrase phrase)
    {
        phrase = default;
        if (r.IsAny(k, "a", "an") && r.Is(k + 1, "handful"))
        {
            phrase = new NumberPhrase(k, k + 2, 3, 9, Vague: true, Decimal: false);
            return true;
        }

        if (TrySeveral(r, k, out phrase))
        {
            return true;
        }

        if (!QuantityLexicon.TryVague(r.Span(k), out var range) || r.Is(k, "scores") && !ScoresOfPeople(r, k))
        {
            return false;
        }

        if (r.Is(k + 1, "of") && r.IsWord(k + 2) && QuantityLexicon.TryVague(r.Span(k + 2), out _)
            && NumberWords.TryMultiplier(r.Span(k + 2), out var unit))
        {
            phrase = new NumberPhrase(k, k + 3, range.Min * unit, (range.Max + 1) * unit - 1, Vague: true, Decimal: false);
            return true;
        }

        phrase = new NumberPhrase(k, k + 1, range.Min, range.Max, Vague: true, Decimal: false);
        return true;
    }

    // "Both were detained", "both have since died": "both" standing for two people already named is a figure;
    // "both men and women", "both the army and the police" are not.
    private static bool TryBoth(TokenReader r, int k, out NumberPhrase phrase)
    {
        phrase = default;
        if (!r.Is(k, "both") || !r.IsAny(k + 1, "were", "have", "had") && !r.IsAny(k + 1, "are", "remain", "remained"))
        {
            return false;
        }

        phrase = new NumberPhrase(k, k + 1, 2, 2, Vague: false, Decimal: false);
        return true;
    }

    /// <summary>
    /// "scores of people", "and scores injured", "wounding scores": people counted, not points or old grudges ("settling
    /// scores", "test scores").
    /// </summary>
    private static bool ScoresOfPeople(TokenReader r, int k)
    {
        if (r.Is(k + 1, "of"))
        {
            return true;
        }

        var after = r.IsAny(k + 1, "more", "others", "injured") || r.IsAny(k + 1, "wounded", "hurt", "dead") || r.IsAny(k + 1, "killed", "arrested", "detained");
        var before = r.IsWord(k - 1) && !r.IsCapitalised(k - 1) && r.Span(k - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !r.Span(k - 1).StartsWith("settl", StringComparison.OrdinalIgnoreCase);
        return after || before && (r.Kind(k + 1) is null or TokenKind.Punctuation || r.IsAny(k + 1, "and", "in", "on"));
    }

    // "several hundred", "a few thousand", "several dozen", "several hundred thousand": the same ranges as
    // "hundreds", "thousands", "dozens", "hundreds of thousands" (at least two of the unit, fewer than ten).
    private static bool TrySeveral(TokenReader r, int k, out NumberPhrase phrase)
    {
        phrase = default;
        var unit = r.Is(k, "several") ? k + 1 : r.Is(k, "a") && r.Is(k + 1, "few") ? k + 2 : -1;
        if (unit < 0 || !r.IsWord(unit))
        {
            return false;
        }

        var word = r.Span(unit);
        if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            phrase = new NumberPhrase(k, unit + 1, 24, 99, Vague: true, Decimal: false);
            return true;
        }

        if (!NumberWords.TryMultiplier(word, out var size) || (word[^1] | 0x20) == 's')
        {
            return false;
        }

        var end = unit + 1;
        if (size == 100 && r.IsWord(end) && NumberWords.TryMultiplier(r.Span(end), out var times) && times >= 1000 && (r.Span(end)[^1] | 0x20) != 's')
        {
            size *= times; // "several hundred thousand"
            end++;
        }

        phrase = new NumberPhrase(k, end, 2 * size, 10 * size - 1, Vague: true, Decimal: false);
        return true;
    }

    // "seven", "fifty-two", "one hundred and twenty", "two million", "a dozen", "two dozen", "half a million".
    private static bool TryWords(TokenReader r, int k, out NumberPhrase phrase)
    {
        phrase = default;
        var j = k;
        long total = 0, current = 0;
        var any = false;
        if (r.Is(j, "half") && r.IsAny(j + 1, "a", "an") && NumberWords.TryMultiplier(r.Span(j + 2), out var halfOf) && halfOf >= 1000)
        {
            phrase = new NumberPhrase(k, j + 3, halfOf / 2, halfOf / 2, Vague: false, Decimal: false);
            return true;
        }

        if (r.IsAny(j, "a", "an") && r.Is(j + 1, "couple") && r.Is(j + 2, "of"))
        {
            phrase = new NumberPhrase(k, j + 2, 2, 2, Vague: false, Decimal: false); // "a couple of journalists"
            return true;
        }

        if (r.Is(j, "half") && r.IsAny(j + 1, "a", "an") && r.Is(j + 2, "dozen"))
        {
            phrase = new NumberPhrase(k, j + 3, 6, 6, Vague: false, Decimal: false); // "half a dozen journalists"
            return true;
        }

        if (r.IsAny(j, "a", "an") && (r.Is(j + 1, "dozen") || NumberWords.TryMultiplier(r.Span(j + 1), out _)))
        {
            current = 1;
            j++;
            any = true;
        }

        while (r.IsWord(j))
        {
            var word = r.Span(j);
            if (NumberWords.TryCardinal(word, out var v) && (current % 100 == 0 || current % 10 == 0 && v < 10 && current % 100 >= 20))
            {
                current += v;
            }
            else if (any && r.Is(j, "dozen"))
            {
                current = (current == 0 ? 1 : current) * 12;
            }
            else if (any && word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (any && NumberWords.TryMultiplier(word, out var m) && m >= 1000 && (word[^1] | 0x20) != 's')
            {
                total += (current == 0 ? 1 : current) * m;
                current = 0;
            }
            else if (any && r.Is(j, "and") && r.IsWord(j + 1) && NumberWords.TryCardinal(r.Span(j + 1), out _) && (total > 0 || current >= 100))
            {
                // "one hundred and twenty": the "and" joins parts of one figure.
            }
            else
            {
                break;
            }

            any = true;
            j++;
        }

        if (!any || j == k || r.Is(j - 1, "and") || IsPronounOne(r, k, j))
        {
            return false;
        }

        var value = total + current;
        phrase = new NumberPhrase(k, j, value, value, Vague: false, Decimal: false);
        return true;
    }

    // "no one", "one of them", "one another", "the one who": not a figure.
    private static bool IsPronounOne(TokenReader r, int k, int end) =>
        end == k + 1 && r.Is(k, "one")
        && (r.IsAny(k - 1, "no", "any", "every") || r.IsAny(k - 1, "the", "this", "that") || r.IsAny(k - 1, "which", "each", "someone")
            || r.IsAny(end, "of", "another", "by") || r.IsAny(end, "who", "which", "that") || r.IsAny(end, "'s", "'")
            || r.IsAny(end, "cannot", "can", "must") || r.IsAny(end, "should", "could", "might") || r.IsAny(end, "would", "may", "needs"));
}
