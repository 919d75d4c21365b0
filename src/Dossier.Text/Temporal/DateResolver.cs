using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Temporal;

/// <summary>
/// Gives every date mention its calendar value, using the report's date for what the text leaves out:
/// a year-less date takes the report's year (the year before if that would put it more than a month
/// after the report; "14 March last year" counts from the report's year), a weekday is the latest such day on or before the report, relative expressions
/// count from the report, "the past eight years" is the interval up to the report's year. A value is
/// never finer than its evidence; durations get none. <see cref="DateMention.Resolution"/> says how.
/// </summary>
public sealed class DateResolver : IPipelineComponent
{
    /// <summary>How far after the report a year-less date may fall before it is read as last year's.</summary>
    public const int FutureToleranceDays = 31;

    public string Name => "resolve_dates";

    public IReadOnlyList<string> Requires { get; } = [Layers.Dates, Layers.Published];

    public IReadOnlyList<string> Assigns { get; } = [Layers.ResolvedDates];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        // A report dated only "in or after" its latest printed date gives no year to a year-less date;
        // the year the narrative last printed does.
        var boundOnly = doc.Published is { Method: DocumentDateInferrer.LatestMentionMethod };
        int? lastPrintedYear = null;
        DateOnly? lastDay = null;
        DateValue? lastMonth = null; // a month the text named after its last day
        (DateValue Value, TextSpan Span)? lastPrinted = null; // the last date printed with its year and month
        for (var i = 0; i < doc.Dates.Count; i++)
        {
            var mention = doc.Dates[i];
            var fromText = mention.YearFromText || boundOnly && mention is { Kind: DateKind.YearLess, Amount: null };
            var anchor = doc.Published?.Anchor is { } a && a.Span == mention.Span ? a.Day : (DateValue?)null;
            doc.Dates[i] = anchor is { } anchorDay
                ? mention with { Value = anchorDay, Resolution = "the year-less day the report's anniversary counts from" }
                : mention.DayFromText ? lastMonth is { } month ? InMonthOfText(mention, month) : FromDayInText(mention, lastDay)
                : fromText ? OfYearInText(mention, lastPrintedYear, mention.YearFromText ? doc.Published?.Date : null)
                : Resolve(mention, boundOnly && CountsFromTheReport(mention) ? null : doc.Published?.Date);
            if (lastPrinted is { } earlier && mention is { Kind: DateKind.YearLess, Amount: null, Month: not null, DayFromText: false } && !fromText && anchor is null
                && doc.Dates[i].Value is { } fromReport
                && InPrintedYear(doc.Paragraphs, earlier, mention, fromReport) is { } narrative)
            {
                doc.Dates[i] = mention with { Value = narrative, Resolution = "year-less, in the year of the date printed before it in its paragraph" };
            }

            // A bare year in passing ("who had lived in the camp since 2004") sets no narrative year; a printed month does,
            // and so does a year heading the text or opening its line ("Events of 2021", "In 2021, ...").
            if (mention.Kind is DateKind.Absolute or DateKind.Range && (mention.EndYear ?? mention.Year) is { } printed
                && (!boundOnly || (mention.EndMonth ?? mention.Month) is not null || OpensItsLine(doc.Text, mention.Span)))
            {
                lastPrintedYear = printed;
            }

            if (mention is { Kind: DateKind.Absolute, Year: not null, Month: not null } && doc.Dates[i].Value is { } value)
            {
                lastPrinted = (value, mention.Span);
            }

            if (doc.Dates[i].Value is { Precision: DatePrecision.Day } day && day.Start == day.End && SetsNarrativeDay(doc, mention))
            {
                (lastDay, lastMonth) = (day.Start, null);
            }
            else if (mention is { Kind: DateKind.Absolute, Month: not null, Day: null } && doc.Dates[i].Value is { Precision: DatePrecision.Month } named)
            {
                lastMonth = named; // "In July 2004, soldiers took her; her body was found hours later": in that month
            }
        }
    }

    private const int NarrativeYearDays = 183;

    /// <summary>
    /// "On 25 November 2021 officers shot a man dead ... four days of protests that ended on 28 November": a year-less
    /// date told in the paragraph of a date printed with another year than the report's, and falling soon after that
    /// date in its year, is in that year. Null when the report's year stands.
    /// </summary>
    private static DateValue? InPrintedYear(IReadOnlyList<TextSpan> paragraphs, (DateValue Value, TextSpan Span) printed, DateMention mention, DateValue fromReport)
    {
        var year = printed.Value.End.Year;
        if (year == fromReport.Start.Year || CalendarMath.FromParts(year, mention.Month, mention.Day) is not { } candidate)
        {
            return null;
        }

        var gap = candidate.Start.DayNumber - printed.Value.Start.DayNumber;
        if (gap < 0 || gap > NarrativeYearDays)
        {
            return null;
        }

        return SameParagraph(paragraphs, printed.Span.Start, mention.Span.Start) ? candidate : null;
    }

    /// <summary>Both offsets lie in one paragraph of the segmenter's (a blank line or a news line break ends one).</summary>
    private static bool SameParagraph(IReadOnlyList<TextSpan> paragraphs, int a, int b)
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Contains(a))
            {
                return paragraph.Contains(b);
            }
        }

        return false;
    }

    // The day "the night before" or "two days later" counts from: a printed date, a weekday or such a count itself.
    // Anniversaries and relative expressions count from the report's day, not the narrative's, and a possessive
    // weekday names the day of something else ("fifteen months before Thursday's verdict").
    private static bool SetsNarrativeDay(Doc doc, DateMention mention) =>
        (mention.Kind is DateKind.Absolute or DateKind.YearLess or DateKind.Weekday || mention.DayFromText)
        && !(mention.Kind == DateKind.Weekday && mention.Span.End + 1 < doc.Text.Length
            && doc.Text[mention.Span.End] is '\'' or '\u2019' && doc.Text[mention.Span.End + 1] == 's');

    // "today", "last week", "on Sunday", "five years ago": counted from the report's day, which a report dated only
    // "in or after" its latest printed year does not know.
    private static bool CountsFromTheReport(DateMention mention) =>
        mention.Kind is DateKind.Relative or DateKind.Weekday or DateKind.Anniversary
        || mention.Kind == DateKind.Range && mention.Year is null && mention.Month is null;

    // "the night before", "two days later": counted in days from the day the text named last; unknown when it named none.
    private static DateMention FromDayInText(DateMention mention, DateOnly? day) =>
        day is { } d && mention.Amount is { } days && d.DayNumber + days >= DateOnly.MinValue.DayNumber && d.DayNumber + days <= DateOnly.MaxValue.DayNumber
            ? mention with { Value = CalendarMath.AtPrecision(d.AddDays(days), DatePrecision.Day), Resolution = $"{days:+#;-#} day(s) from the day the text named last" }
            : mention with { Resolution = "counted from a day the text has not named" };

    // Words that may stand before a year that heads a line: "Events of 2021", "In 2021,", "Report 2021".
    private const int MaxLineHead = 12;

    private static bool OpensItsLine(string text, TextSpan span)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        return span.Start - lineStart <= MaxLineHead;
    }

    // "hours later", "two days later" after "In July 2004": a few days from a month fall in that month, as far as the text says.
    private static DateMention InMonthOfText(DateMention mention, DateValue month) =>
        mention.Amount is { } days && Math.Abs(days) <= MonthShiftDays
            ? mention with { Value = month, Resolution = $"{days:+#;-#;0} day(s) from the month the text named last, so in that month" }
            : mention with { Resolution = "counted in days from a month the text named, too far to stay in it" };

    private const int MonthShiftDays = 3;

    // "In October of that year": the year printed last before it; the report's when none was.
    private static DateMention OfYearInText(DateMention mention, int? year, DateValue? report)
    {
        if (year is null)
        {
            return Resolve(mention, report);
        }

        return mention with { Value = CalendarMath.FromParts(year, mention.Month, mention.Day), Resolution = "year-less, in the year the text printed last" };
    }

    /// <summary>The mention with <see cref="DateMention.Value"/> and <see cref="DateMention.Resolution"/> set.</summary>
    public static DateMention Resolve(DateMention mention, DateValue? report)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var (value, how) = mention.Kind switch
        {
            DateKind.Absolute => Printed(mention),
            DateKind.YearLess => YearLess(mention, report),
            DateKind.Weekday => Weekday(mention, report),
            DateKind.Range => mention.Year is not null || mention.Month is not null ? PrintedRange(mention, report) : Backwards(mention, report),
            DateKind.Relative => RelativeResolver.Resolve(mention, report),
            DateKind.Anniversary => CountedFrom(mention, report),
            _ => ((DateValue?)null, "a duration, not a date"),
        };
        return mention with { Value = value, Resolution = how };
    }

    // "Wednesday marks ten years since forces fired on the crowd": the firing is the report's date less ten years.
    private static (DateValue?, string) CountedFrom(DateMention mention, DateValue? report)
    {
        if (report is not { } r || mention.Amount is not { } amount || mention.Unit is not { } unit)
        {
            return (null, "anniversary without an amount or a report date");
        }

        var precision = mention.Approximate ? (DatePrecision)Math.Max((int)r.Precision, (int)CalendarMath.PrecisionOf(unit)) : r.Precision;
        var shift = precision == DatePrecision.Day && !mention.Approximate ? mention.DaysFromAnniversary : 0;
        var date = CalendarMath.Add(r.Start.AddDays(-shift), -amount, unit);
        var note = shift == 0 ? "" : $", and the {Math.Abs(shift)} day(s) the text puts {(shift > 0 ? "after" : "before")} the anniversary";
        return (CalendarMath.AtPrecision(date, precision), $"the event counted from: the report's date less {amount} {unit}(s){note}");
    }

    private static (DateValue?, string) Printed(DateMention mention)
    {
        var value = CalendarMath.FromParts(mention.Year, mention.Month, mention.Day);
        if (value is { Precision: DatePrecision.Day } v && mention.Weekday is { } w && v.Start.DayOfWeek != w)
        {
            return (value, $"printed (but {CalendarMath.Long(v.Start)} is a {v.Start.DayOfWeek}, not a {w})");
        }

        return (value, "printed");
    }

    private static (DateValue?, string) YearLess(DateMention mention, DateValue? report)
    {
        if (report is not { } r)
        {
            return (null, "year-less, and no report date");
        }

        if (mention is { Unit: "year", Amount: { } shift })
        {
            return (CalendarMath.FromParts(r.Start.Year + shift, mention.Month, mention.Day), "year counted from the report's date");
        }

        var value = CalendarMath.FromParts(r.Start.Year, mention.Month, mention.Day);
        if (value is { } v && v.Start > r.End.AddDays(FutureToleranceDays))
        {
            return (CalendarMath.FromParts(r.Start.Year - 1, mention.Month, mention.Day), "year before the report's (the report's own year would be after it)");
        }

        return (value, "year from the report's date");
    }

    private static (DateValue?, string) Weekday(DateMention mention, DateValue? report)
    {
        if (mention.Weekday is not { } weekday)
        {
            return (null, "no weekday");
        }

        if (report is not { } r)
        {
            return (null, "a weekday needs the report's date");
        }

        if (r.Precision != DatePrecision.Day)
        {
            // "On Friday" in a report known only by its month: that month, no finer (a weekday is told close to the report).
            return (r, "a weekday in a report known only to the " + (r.Precision == DatePrecision.Month ? "month" : "year"));
        }

        if (mention.Unit == "week")
        {
            var monday = CalendarMath.OnOrBefore(r.Start, DayOfWeek.Monday).AddDays(-7);
            var day = monday.AddDays(((int)weekday + 6) % 7);
            return (DateValue.Day(day.Year, day.Month, day.Day), "that weekday in the week before the report's");
        }

        var date = mention.Amount switch
        {
            > 0 => CalendarMath.OnOrAfter(r.Start.AddDays(1), weekday),
            < 0 => CalendarMath.OnOrBefore(r.Start.AddDays(-1), weekday),
            _ => CalendarMath.OnOrBefore(r.Start, weekday),
        };
        var how = mention.Amount > 0 ? "the next such weekday after the report's date" : "the latest such weekday before the report's date";
        return (DateValue.Day(date.Year, date.Month, date.Day), how);
    }

    private static (DateValue?, string) PrintedRange(DateMention mention, DateValue? report)
    {
        var year = mention.Year ?? mention.EndYear ?? report?.Start.Year;
        if (year is null)
        {
            return (null, "year-less range, and no report date");
        }

        // The range's two ends in a given year (an end with its own year keeps it).
        (DateValue? Start, DateValue? End) Ends(int y) => (
            CalendarMath.FromParts(y, mention.Month, mention.Day),
            CalendarMath.FromParts(mention.EndYear ?? y, mention.EndMonth ?? (mention.EndDay is not null ? mention.Month : null), mention.EndDay));

        if (Ends(year.Value) is not ({ } s, { } e) || e.End < s.Start)
        {
            return (null, "range that does not form an interval");
        }

        if (mention.Year is null && mention.EndYear is null)
        {
            // "on 28 and 29 November" in a report of March: the November before it, as for a single year-less day.
            if (report is { } r && s.Start > r.End.AddDays(FutureToleranceDays) && Ends(year.Value - 1) is ({ } earlier, { } earlierEnd)
                && earlierEnd.End >= earlier.Start)
            {
                return (DateValue.Between(earlier, earlierEnd), "printed range, the year before the report's (its own year would be after it)");
            }

            return (DateValue.Between(s, e), "printed range, year from the report's date");
        }

        return (DateValue.Between(s, e), "printed range");
    }

    // "the past eight years" ends at the report; "Rouhani's one-year record" is the year up to it, by month.
    private static (DateValue?, string) Backwards(DateMention mention, DateValue? report)
    {
        if (report is not { } r || mention.Amount is not { } amount || mention.Unit is not { } unit)
        {
            return (null, "interval back from the report, and no report date");
        }

        var span = Math.Abs(amount);
        var precision = unit is "year" && span == 1 ? DatePrecision.Month : CalendarMath.PrecisionOf(unit);
        if (precision < r.Precision)
        {
            precision = r.Precision;
        }

        var from = CalendarMath.AtPrecision(CalendarMath.Add(r.End, -span, unit), precision);
        var to = CalendarMath.AtPrecision(r.End, precision);
        return (DateValue.Between(from, to), $"the {span} {unit}(s) up to the report's date");
    }
}
