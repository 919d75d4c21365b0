using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>
/// Dates a report from "Thursday marks the third anniversary of the shooting" (anchor date + 3 years,
/// the weekday as a check), "the 30th anniversary of the uprising ... in 1990" (1990 + 30), "12 days
/// since ... 4 March" and "Four days after ... 3 October 2015" (anchor + N; a year-less anchor takes the
/// latest year the report prints). When the text names the weekday, it decides: a year-less anchor
/// takes the first year whose anniversary falls on that weekday, and arithmetic one day off the named
/// weekday (an event at night spans two dates) moves to it. "Nearly eight years on" supports a year only.
/// </summary>
internal static class AnniversaryReasoner
{
    // Bounds that keep hostile text (thousands of anniversaries and dates) linear.
    private const int MaxAnniversaries = 16;
    private const int MaxAnchors = 32;
    private const int YearsToSearch = 28;

    public static DocumentDate? Infer(DateEvidence evidence)
    {
        DocumentDate? fallback = null;
        var tried = 0;
        foreach (var mention in evidence.Dates)
        {
            if (mention.Kind != DateKind.Anniversary || mention.Amount is not { } amount || mention.Unit is not { } unit)
            {
                continue;
            }

            if (++tried > MaxAnniversaries)
            {
                break;
            }

            var weekday = AnniversaryAnchors.Weekday(evidence, mention);
            var first = true;
            foreach (var anchor in AnniversaryAnchors.For(evidence, mention, unit, weekday is not null).Take(MaxAnchors))
            {
                var found = anchor.Year is null && weekday is { } named && anchor.Day is not null && unit == "year"
                    ? ByWeekday(evidence, mention, anchor, named)
                    : Compute(evidence, mention, anchor, amount, unit, weekday);
                if (found is null)
                {
                    continue;
                }

                if (weekday is not { } w || found.Date.Precision != DatePrecision.Day)
                {
                    fallback ??= found;
                    break;
                }

                if (found.Date.Start.DayOfWeek == w)
                {
                    return found;
                }

                if (first && NextToWeekday(found, w) is { } moved)
                {
                    return moved;
                }

                fallback ??= found;
                first = false;
            }
        }

        return fallback;
    }

    private static DocumentDate? Compute(DateEvidence evidence, DateMention mention, DateMention anchor, int amount, string unit, DayOfWeek? weekday)
    {
        var year = anchor.Year;
        var yearNote = "";
        if (year is null)
        {
            if (evidence.LatestYear is not { } latest)
            {
                return null;
            }

            year = latest;
            yearNote = $" (its year taken as {latest}, the latest year the report prints)";
        }

        if (CalendarMath.FromParts(year, anchor.Month, anchor.Day) is not { } anchorValue)
        {
            return null;
        }

        var precision = anchorValue.Precision;
        var shift = precision == DatePrecision.Day && !mention.Approximate ? mention.DaysFromAnniversary : 0;
        var date = CalendarMath.Add(anchorValue.Start, amount, unit).AddDays(shift);
        if (mention.Approximate)
        {
            precision = unit is "year" or "decade" or "century" ? DatePrecision.Year : (DatePrecision)Math.Max((int)precision, (int)DatePrecision.Month);
        }

        var value = CalendarMath.AtPrecision(date, precision);
        if (!evidence.NotBeforeLatest(value))
        {
            return null;
        }

        var method = unit is "year" or "decade" or "century" ? "anniversary" : "days-since";
        var shiftNote = shift == 0 ? "" : $" {(shift > 0 ? '+' : '-')} {Math.Abs(shift)} day(s) (the text's day is {(shift > 0 ? "after" : "before")} the anniversary)";
        var reasoning = $"'{evidence.Quote(mention)}' counted from '{evidence.Quote(anchor)}'{yearNote}: {anchorValue} + {amount} {unit}(s){shiftNote} = {value}";
        if (mention.Approximate)
        {
            reasoning += " (the text says the interval is approximate, so only that precision is kept)";
        }

        if (weekday is { } w && value.Precision == DatePrecision.Day)
        {
            reasoning += date.DayOfWeek == w ? $", a {w} as the text says." : $", but that is a {date.DayOfWeek}, not the {w} the text names.";
        }
        else
        {
            reasoning += ".";
        }

        var result = new DocumentDate(value, Stated: false, method, reasoning, mention.Span);
        return value.Precision == DatePrecision.Year && !mention.Approximate ? Refine(evidence, result) : result;
    }

    // "The first anniversary of the killings falls on Thursday" with the killing on "14 March" (no year).
    private static DocumentDate? ByWeekday(DateEvidence evidence, DateMention mention, DateMention anchor, DayOfWeek weekday)
    {
        if (evidence.LatestYear is not { } from || anchor is not { Month: { } month, Day: { } day })
        {
            return null;
        }

        for (var year = from; year < from + YearsToSearch; year++)
        {
            if (CalendarMath.IsValid(year, month, day) && new DateOnly(year, month, day) is var date && date.DayOfWeek == weekday)
            {
                var value = DateValue.Day(year, month, day);
                var reasoning = $"'{evidence.Quote(mention)}' of '{evidence.Quote(anchor)}' falls on a {weekday}: {CalendarMath.Long(date)} " +
                    $"is the first such day from {from} (the latest year the report prints) that is a {weekday}.";
                var anchorDay = mention.Amount is { } years && CalendarMath.IsValid(year - years, month, day)
                    ? DateValue.Day(year - years, month, day)
                    : (DateValue?)null;
                return evidence.NotBeforeLatest(value)
                    ? new DocumentDate(value, Stated: false, "anniversary", reasoning, mention.Span) { Anchor = anchorDay is { } d ? (anchor.Span, d) : null }
                    : null;
            }
        }

        return null;
    }

    // Arithmetic a day off the weekday the text names: the named weekday wins.
    private static DocumentDate? NextToWeekday(DocumentDate found, DayOfWeek weekday)
    {
        foreach (var shift in (ReadOnlySpan<int>)[1, -1])
        {
            var date = found.Date.Start.AddDays(shift);
            if (date.DayOfWeek == weekday)
            {
                return found with
                {
                    Date = DateValue.Day(date.Year, date.Month, date.Day),
                    Reasoning = $"{found.Reasoning} The {weekday} next to it, {CalendarMath.Long(date)}, is taken (an event at night spans two dates).",
                };
            }
        }

        return null;
    }

    // A year found by anniversary arithmetic; the report's year-less dates then fall in that year.
    private static DocumentDate Refine(DateEvidence evidence, DocumentDate found)
    {
        var year = found.Date.Start.Year;
        DateValue? latest = null;
        DateMention? latestMention = null;
        foreach (var mention in evidence.Dates)
        {
            if (mention.Kind == DateKind.YearLess && mention.Month is not null
                && CalendarMath.FromParts(year, mention.Month, mention.Day) is { } value && (latest is null || value.Start > latest.Value.Start))
            {
                (latest, latestMention) = (value, mention);
            }
        }

        return latest is { } refined && latestMention is not null
            ? found with
            {
                Date = refined,
                Reasoning = $"{found.Reasoning} The report's latest year-less date, '{evidence.Quote(latestMention)}', then falls on {refined}.",
            }
            : found;
    }
}
