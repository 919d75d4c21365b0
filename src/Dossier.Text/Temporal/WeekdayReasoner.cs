using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>
/// Dates a report from a weekday printed with a year-less date ("on Wednesday 13th of August"): the
/// first year, from the latest year the report prints, in which that day falls on that weekday. Plain
/// weekdays the report also mentions ("on Saturday") are taken to fall between that day and the
/// report's date, which moves the date forward to the latest of them. "today, Monday" names the day of
/// writing: the first such weekday on or after the latest day the report prints.
/// </summary>
internal static class WeekdayReasoner
{
    private const int YearsToSearch = 28; // the calendar repeats within 28 years

    public static DocumentDate? Infer(DateEvidence evidence)
    {
        if (evidence.LatestYear is not { } from)
        {
            return null;
        }

        foreach (var mention in evidence.Dates)
        {
            if (mention is not { Kind: DateKind.YearLess, Weekday: { } weekday, Month: { } month, Day: { } day })
            {
                continue;
            }

            for (var year = from; year < from + YearsToSearch; year++)
            {
                if (!CalendarMath.IsValid(year, month, day) || new DateOnly(year, month, day).DayOfWeek != weekday)
                {
                    continue;
                }

                var date = new DateOnly(year, month, day);
                var reasoning = $"'{evidence.Quote(mention)}' has no year; {year} is the first year from {from} " +
                    $"(the latest year the report prints) in which {CalendarMath.Long(date)} is a {weekday}.";
                return Later(evidence, date, reasoning, mention.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// "stay away from work today, Monday": the report is written on that weekday, the first one on or after
    /// the latest day the report prints ("the 8 August election" gives Monday 14 August).
    /// </summary>
    public static DocumentDate? Today(DateEvidence evidence)
    {
        if (evidence.Latest is not { Precision: DatePrecision.Day } latest || evidence.LatestMention is not { } latestMention)
        {
            return null;
        }

        for (var i = 0; i + 1 < evidence.Dates.Count; i++)
        {
            var (a, b) = (evidence.Dates[i], evidence.Dates[i + 1]);
            var weekday = (IsToday(evidence, a), b) switch
            {
                (true, { Kind: DateKind.Weekday, Amount: null, Weekday: { } w }) => w,
                _ => IsToday(evidence, b) && a is { Kind: DateKind.Weekday, Amount: null, Weekday: { } w2 } ? w2 : (DayOfWeek?)null,
            };
            if (weekday is not { } day || !OnlyCommaBetween(evidence, a.Span, b.Span))
            {
                continue;
            }

            var date = CalendarMath.OnOrAfter(latest.End, day);
            var reasoning = $"'{evidence.Text[a.Span.Start..b.Span.End]}' is the day of writing: the first {day} on or after " +
                $"'{evidence.Quote(latestMention)}', the latest day the report prints.";
            return new DocumentDate(DateValue.Day(date.Year, date.Month, date.Day), Stated: false, "weekday", reasoning, new TextSpan(a.Span.Start, b.Span.End));
        }

        return null;
    }

    private static bool IsToday(DateEvidence evidence, DateMention mention) =>
        mention is { Kind: DateKind.Relative, Amount: 0, Unit: "day" } && evidence.Quote(mention).Equals("today", StringComparison.OrdinalIgnoreCase);

    private static bool OnlyCommaBetween(DateEvidence evidence, TextSpan a, TextSpan b) =>
        evidence.Text.AsSpan(a.End, b.Start - a.End).Trim() is var between && (between.IsEmpty || between is ",");

    private static DocumentDate Later(DateEvidence evidence, DateOnly date, string reasoning, TextSpan span)
    {
        var latest = date;
        string? named = null;
        foreach (var mention in evidence.Dates)
        {
            if (mention is { Kind: DateKind.Weekday, Amount: null, Weekday: { } weekday })
            {
                var next = CalendarMath.OnOrAfter(date, weekday);
                if (next > latest)
                {
                    (latest, named) = (next, weekday.ToString());
                }
            }
        }

        if (named is not null)
        {
            reasoning += $" The report also says '{named}', taken as {CalendarMath.Long(latest)}, the first {named} from then.";
        }

        return new DocumentDate(DateValue.Day(latest.Year, latest.Month, latest.Day), Stated: false, "weekday", reasoning, span);
    }
}
