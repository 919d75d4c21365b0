using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>
/// Dates a report from a weekday printed with a year-less date ("on Wednesday 13th of August"): the
/// first year, from the latest year the report prints, in which that day falls on that weekday. Plain
/// weekdays the report also mentions ("on Saturday") are taken to fall between that day and the
/// report's date, which moves the date forward to the latest of them.
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
