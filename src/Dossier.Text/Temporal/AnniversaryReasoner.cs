using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>
/// Dates a report from "Tuesday marks the 2nd anniversary of the massacre" (anchor date + 2 years, the
/// weekday as a check), "the 26th anniversary of the massacre ... in 1988" (1988 + 26) and "20 days since
/// ... September 1" (anchor + 20 days; a year-less anchor takes the latest year the report prints).
/// The anchor is the next date in the same sentence, or for a yearly anniversary the report's most
/// precise printed date that fits the weekday.
/// </summary>
internal static class AnniversaryReasoner
{
    public static DocumentDate? Infer(DateEvidence evidence)
    {
        DocumentDate? unconfirmed = null;
        foreach (var mention in evidence.Dates)
        {
            if (mention.Kind != DateKind.Anniversary || mention.Amount is not { } amount || mention.Unit is not { } unit)
            {
                continue;
            }

            var weekday = WeekdayBefore(evidence, mention);
            foreach (var anchor in Anchors(evidence, mention, unit))
            {
                if (Compute(evidence, mention, anchor, amount, unit, weekday) is not { } found)
                {
                    continue;
                }

                if (weekday is null || found.Date.Precision != DatePrecision.Day)
                {
                    unconfirmed ??= found;
                    break;
                }

                if (found.Date.Start.DayOfWeek == weekday)
                {
                    return found;
                }

                unconfirmed ??= found;
            }
        }

        return unconfirmed;
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

        var date = CalendarMath.Add(anchorValue.Start, amount, unit);
        var value = CalendarMath.AtPrecision(date, anchorValue.Precision);
        if (!evidence.NotBeforeLatest(value))
        {
            return null;
        }

        var method = unit == "year" ? "anniversary" : "days-since";
        var reasoning = $"'{evidence.Quote(mention)}' counted from '{evidence.Quote(anchor)}'{yearNote}: {anchorValue} + {amount} {unit}(s) = {value}";
        if (weekday is { } w && value.Precision == DatePrecision.Day)
        {
            reasoning += date.DayOfWeek == w ? $", a {w} as the text says." : $", but that is a {date.DayOfWeek}, not the {w} the text names.";
        }
        else
        {
            reasoning += ".";
        }

        var result = new DocumentDate(value, Stated: false, method, reasoning, mention.Span);
        return value.Precision == DatePrecision.Year ? Refine(evidence, result) : result;
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

    private static IEnumerable<DateMention> Anchors(DateEvidence evidence, DateMention mention, string unit)
    {
        var sentence = evidence.SentenceOf(mention.Span.Start);
        foreach (var other in evidence.Dates)
        {
            if (other.Span.Start >= mention.Span.End && evidence.SentenceOf(other.Span.Start) == sentence && IsAnchor(other))
            {
                yield return other;
                yield break;
            }
        }

        if (unit != "year")
        {
            yield break;
        }

        // No date beside it: the report's printed dates, most precise first, nearest first.
        var candidates = evidence.Dates
            .Where(d => d.Kind == DateKind.Absolute && d.Year is not null)
            .OrderBy(d => d.Day is not null ? 0 : d.Month is not null ? 1 : 2)
            .ThenBy(d => Math.Abs(d.Span.Start - mention.Span.Start));
        foreach (var candidate in candidates)
        {
            yield return candidate;
        }
    }

    private static bool IsAnchor(DateMention mention) =>
        mention.Kind is DateKind.Absolute || mention.Kind == DateKind.YearLess && mention.Month is not null;

    // "Tuesday marks the 2nd anniversary": a plain weekday earlier in the same sentence.
    private static DayOfWeek? WeekdayBefore(DateEvidence evidence, DateMention mention)
    {
        var sentence = evidence.SentenceOf(mention.Span.Start);
        DayOfWeek? found = null;
        foreach (var other in evidence.Dates)
        {
            if (other.Span.Start >= mention.Span.Start)
            {
                break;
            }

            if (other.Kind == DateKind.Weekday && other.Amount is null && evidence.SentenceOf(other.Span.Start) == sentence)
            {
                found = other.Weekday;
            }
        }

        return found;
    }
}
