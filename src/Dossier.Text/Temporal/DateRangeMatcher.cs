using Dossier.Text.Segmentation;

namespace Dossier.Text.Temporal;

/// <summary>
/// Completes a calendar expression into a range when a connector and a second date follow: "2011-2013",
/// "2011-13", "between 2002 and 2008", "from May to July 2014", "March 15-17, 2019".
/// </summary>
internal static class DateRangeMatcher
{
    // "2011-2013", "2011-13", "between 2002 and 2008", "from May to July 2014", "September 2013 to May 2014".
    public static bool TryRangeEnd(TokenReader r, DateParts start, out DateParts last)
    {
        last = default;
        var j = start.End;
        var connector = r.IsDash(j) || r.IsAny(j, "to", "until", "till") || r.Is(j, "through")
            || (r.Is(j, "and") && (r.Is(start.First - 1, "between") || start.Day is not null && !CalendarDateMatcher.CountsSomething(r, j + 2)));
        if (!connector)
        {
            return false;
        }

        // "March 15-17, 2019", "September 1 and 2": a second day of the same month.
        if (start is { Day: not null, Month: not null } && r.TryDay(j + 1, out var endDay) && endDay > start.Day
            && !CalendarDateMatcher.IsMonth(r, j + 2, out _) && !r.Is(j + 2, "of"))
        {
            var endYear = start.Year;
            var after = j + 2;
            if (endYear is null && r.IsPunct(after, ',') && CalendarDateMatcher.IsYear(r, after + 1, out var printedYear))
            {
                (endYear, after) = (printedYear, after + 2);
            }

            last = new DateParts(j + 1, after, endYear, start.Month, endDay);
            return last.IsValid();
        }

        if (start is { Month: null, Year: { } y } && r.IsDash(j) && r.Touches(j + 1) && r.Span(j + 1).Length == 2
            && r.TryDigits(j + 1, 2, out var shortYear))
        {
            var full = y / 100 * 100 + shortYear;
            last = new DateParts(j + 1, j + 2, full, null, null);
            return full > y;
        }

        if (!CalendarDateMatcher.TryMatch(r, j + 1, lenient: true, out last))
        {
            return false;
        }

        // The end must be at least as specific in year as the start, and not before it.
        if (start.Year is not null && last.Year is null || start.Month is not null && last.Month is null && last.Year is null)
        {
            return false;
        }

        var from = FillFrom(start, last);
        var a = (from.Year ?? 0, from.Month ?? 0, from.Day ?? 0);
        var b = (last.Year ?? 0, last.Month ?? 0, last.Day ?? 0);
        return a.CompareTo(b) < 0;
    }

    // The start of a range borrows what it leaves out from the end: "from May to July 2014" starts in May 2014.
    public static DateParts FillFrom(DateParts start, DateParts last) =>
        start with { Year = start.Year ?? last.Year, Month = start.Month ?? (start.Day is not null ? last.Month : null) };
}
