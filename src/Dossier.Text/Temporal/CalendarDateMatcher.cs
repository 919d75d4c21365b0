using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Matches one calendar expression at a token: numeric ("2013-09-01", "01/09/2013", "01.09.2013"),
/// day first ("1 September 2013", "13th of August"), month first ("September 1, 2013", "Sept. 1",
/// "September 2013", "in May") and years ("in 2013", "the 1988 massacre", "(2011"). A bare month or year
/// counts only where the words around it make it a date, so "May" the verb and "17,500" stay out.
/// </summary>
internal static class CalendarDateMatcher
{
    public const int MinBareYear = 1900;
    public const int MaxBareYear = 2099;

    /// <param name="lenient">Accept a bare month or year without date context (the end of a range).</param>
    public static bool TryMatch(TokenReader r, int k, bool lenient, out DateParts parts) =>
        TryNumeric(r, k, out parts) || TryDayFirst(r, k, out parts, out _) || TryMonthFirst(r, k, lenient, out parts) || TryYear(r, k, lenient, out parts);

    public static bool IsMonth(TokenReader r, int k, out int month)
    {
        month = 0;
        if (!r.IsWord(k) || !r.IsCapitalised(k) || !TemporalLexicon.TryMonth(r.Bare(k), out month))
        {
            return false;
        }

        // "MAY" in an all-capitals headline is a month only with numbers around it; checked by callers.
        return true;
    }

    /// <summary>A four-digit year printed as plain digits, within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static bool IsYear(TokenReader r, int k, out int year, int min = 1000, int max = 2199) =>
        r.Span(k).Length == 4 && r.TryDigits(k, 4, out year) && year >= min && year <= max
        || Fail(out year);

    /// <summary>"1 September 2013", "13th of August", "1-3 September 2013" (then <paramref name="endDay"/> is 3).</summary>
    public static bool TryDayFirst(TokenReader r, int k, out DateParts parts, out int? endDay)
    {
        parts = default;
        endDay = null;
        if (!r.TryDay(k, out var day))
        {
            return false;
        }

        var j = k + 1;
        if ((r.IsDash(j) || r.IsAny(j, "to", "and")) && r.TryDay(j + 1, out var secondDay) && secondDay > day)
        {
            endDay = secondDay;
            j += 2;
        }

        if (r.Is(j, "of"))
        {
            j++;
        }

        if (!IsMonth(r, j, out var month))
        {
            endDay = null;
            return false;
        }

        j++;
        int? year = null;
        if (IsYear(r, j, out var y))
        {
            year = y;
            j++;
        }
        else if (r.IsPunct(j, ',') && IsYear(r, j + 1, out y))
        {
            year = y;
            j += 2;
        }

        parts = new DateParts(k, j, year, month, day);
        return parts.IsValid() && (endDay is null || endDay <= DateTime.DaysInMonth(year ?? 2001, month));
    }

    /// <summary>"September 1, 2013", "Sept. 1", "August 13", "September 2013", "May of 2014", "in May".</summary>
    public static bool TryMonthFirst(TokenReader r, int k, bool lenient, out DateParts parts)
    {
        parts = default;
        if (!IsMonth(r, k, out var month))
        {
            return false;
        }

        var j = k + 1;
        if (r.TryDay(j, out var day) && !r.IsPunct(j + 1, '%') && TemporalLexicon.Unit(r.Span(j + 1)) is null)
        {
            j++;
            int? year = null;
            if (r.IsPunct(j, ',') && IsYear(r, j + 1, out var y) || IsYear(r, j, out y) && !r.IsPunct(j - 1, ','))
            {
                year = y;
                j = r.IsPunct(j, ',') ? j + 2 : j + 1;
            }

            parts = new DateParts(k, j, year, month, day);
            return parts.IsValid();
        }

        var yearAt = r.Is(j, "of") || r.IsPunct(j, ',') ? j + 1 : j;
        if (IsYear(r, yearAt, out var monthYear))
        {
            parts = new DateParts(k, yearAt + 1, monthYear, month, null);
            return true;
        }

        // A month on its own: only a full name, and only after a word that makes it a date ("in May").
        var name = r.Bare(k);
        var fullName = name.Length >= 5 || name.Equals("May", StringComparison.OrdinalIgnoreCase)
            || name.Equals("June", StringComparison.OrdinalIgnoreCase) || name.Equals("July", StringComparison.OrdinalIgnoreCase);
        if (!fullName || name.Length != r.Span(k).Length || !(lenient || IsDateContext(r, k - 1)))
        {
            return false;
        }

        parts = new DateParts(k, k + 1, null, month, null);
        return true;
    }

    /// <summary>"in 2013", "(2011", "the 1988 massacre", "2002-2008"; a decade "the 1990s" is a year with <c>Day</c> null and see <see cref="IsDecade"/>.</summary>
    public static bool TryYear(TokenReader r, int k, bool lenient, out DateParts parts)
    {
        parts = default;
        if (!IsYear(r, k, out var year, MinBareYear, MaxBareYear))
        {
            return false;
        }

        var ok = lenient
            || IsStrongDateContext(r, k - 1)
            || IsDateContext(r, k - 1) && !CountsSomething(r, k + 1)
            || r.IsPunct(k - 1, '(')
            || (r.IsDash(k + 1) && IsYear(r, k + 2, out _, MinBareYear, MaxBareYear))
            || (r.IsDash(k + 1) && r.Touches(k + 1) && r.Touches(k + 2) && r.Span(k + 2).Length == 2 && r.IsNumber(k + 2))
            || (IsDeterminer(r, k - 1) && !CountsSomething(r, k + 1));
        if (!ok)
        {
            return false;
        }

        parts = new DateParts(k, k + 1, year, null, null);
        return true;
    }

    /// <summary>"1990s" as one token: the decade's first year.</summary>
    public static bool IsDecade(TokenReader r, int k, out int firstYear)
    {
        var span = r.Span(k);
        firstYear = 0;
        return r.IsNumber(k) && span.Length == 5 && span[4] is 's' or 'S'
            && int.TryParse(span[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out firstYear)
            && firstYear % 10 == 0 && firstYear is >= 1000 and <= 2190;
    }

    /// <summary>"2013-09-01", "2013/09/01", "01/09/2013" (day first unless impossible), "01.09.2013".</summary>
    public static bool TryNumeric(TokenReader r, int k, out DateParts parts)
    {
        parts = default;
        if (!r.IsNumber(k))
        {
            return false;
        }

        var span = r.Span(k);
        if (span.Count('.') == 2)
        {
            var first = span.IndexOf('.');
            var second = span.LastIndexOf('.');
            return TryDayMonthYear(k, k + 1, span[..first], span[(first + 1)..second], span[(second + 1)..], out parts);
        }

        var sep = r.First(k + 1);
        if (sep is not ('-' or '/') || !r.Touches(k + 1) || !r.Touches(k + 2) || r.First(k + 3) != sep
            || !r.Touches(k + 3) || !r.Touches(k + 4) || !r.IsNumber(k + 2) || !r.IsNumber(k + 4)
            || r.Span(k + 1).Length != 1 || r.Span(k + 3).Length != 1)
        {
            return false;
        }

        if (span.Length == 4)
        {
            return TryDayMonthYear(k, k + 5, r.Span(k + 4), r.Span(k + 2), span, out parts);
        }

        return TryDayMonthYear(k, k + 5, span, r.Span(k + 2), r.Span(k + 4), out parts);
    }

    private static bool TryDayMonthYear(int first, int end, ReadOnlySpan<char> d, ReadOnlySpan<char> m, ReadOnlySpan<char> y, out DateParts parts)
    {
        parts = default;
        if (y.Length != 4 || d.Length is 0 or > 2 || m.Length is 0 or > 2
            || !int.TryParse(y, out var year) || !int.TryParse(d, out var day) || !int.TryParse(m, out var month)
            || year is < 1000 or > 2199)
        {
            return false;
        }

        if (month > 12 && day <= 12)
        {
            (day, month) = (month, day);
        }

        parts = new DateParts(first, end, year, month, day);
        return month is >= 1 and <= 12 && day >= 1 && parts.IsValid();
    }

    // Words after which a year-like number is a year even before a plural ("in 2013 protests erupted").
    private static bool IsStrongDateContext(TokenReader r, int k) =>
        r.IsAny(k, "in", "since", "until") || r.IsAny(k, "during", "before", "after") || r.IsAny(k, "from", "between", "through")
        || r.IsAny(k, "till", "early", "late") || r.IsAny(k, "mid", "throughout", "circa");

    public static bool IsDateContext(TokenReader r, int k) =>
        r.IsWord(k) && TemporalLexicon.IsDatePreposition(r.Span(k));

    private static bool IsDeterminer(TokenReader r, int k) =>
        r.IsAny(k, "the", "'s", "its") || r.IsAny(k, "his", "her", "their");

    // "the 2000 people", "the 1988 residents": a plural noun after the number makes it a count.
    public static bool CountsSomething(TokenReader r, int k)
    {
        if (!r.IsWord(k))
        {
            return false;
        }

        var word = r.Span(k);
        return word.Length > 2 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's'
            || r.IsAny(k, "people", "men", "women") || r.IsAny(k, "children", "police", "personnel");
    }

    private static bool Fail(out int value)
    {
        value = 0;
        return false;
    }
}
