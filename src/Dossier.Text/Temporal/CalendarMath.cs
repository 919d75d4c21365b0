using System.Globalization;
using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>Small calendar helpers shared by the date inferrer and resolver.</summary>
internal static class CalendarMath
{
    /// <summary>The printed parts of a mention as a value, when it has a year (null otherwise).</summary>
    public static DateValue? FromParts(int? year, int? month, int? day)
    {
        if (year is not { } y || y is < 1 or > 9998)
        {
            return null;
        }

        if (month is not { } m || m is < 1 or > 12)
        {
            return DateValue.Year(y);
        }

        if (day is not { } d || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return DateValue.Month(y, m);
        }

        return DateValue.Day(y, m, d);
    }

    /// <summary>The value at a coarser precision (never finer than it already is).</summary>
    public static DateValue Coarsen(DateValue value, DatePrecision precision) =>
        precision <= value.Precision || value.IsInterval ? value : precision switch
        {
            DatePrecision.Year => DateValue.Year(value.Start.Year),
            _ => DateValue.Month(value.Start.Year, value.Start.Month),
        };

    /// <summary>Adds <paramref name="amount"/> units ("day", "week", "month", "year", "decade", "century") to a date.</summary>
    public static DateOnly Add(DateOnly date, int amount, string unit) => unit switch
    {
        "day" => date.AddDays(amount),
        "week" => date.AddDays(7 * amount),
        "fortnight" => date.AddDays(14 * amount),
        "month" => date.AddMonths(amount),
        "year" => date.AddYears(amount),
        "decade" => date.AddYears(10 * amount),
        "century" => date.AddYears(100 * amount),
        _ => date,
    };

    /// <summary>The precision an amount of <paramref name="unit"/> supports.</summary>
    public static DatePrecision PrecisionOf(string? unit) => unit switch
    {
        "day" or "week" or "fortnight" or "hour" or "weekend" => DatePrecision.Day,
        "month" or "recent" => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    public static DateValue AtPrecision(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => DateValue.Day(date.Year, date.Month, date.Day),
        DatePrecision.Month => DateValue.Month(date.Year, date.Month),
        _ => DateValue.Year(date.Year),
    };

    /// <summary>The last <paramref name="weekday"/> on or before <paramref name="date"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly date, DayOfWeek weekday) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)weekday + 7) % 7));

    /// <summary>The first <paramref name="weekday"/> on or after <paramref name="date"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly date, DayOfWeek weekday) =>
        date.AddDays(((int)weekday - (int)date.DayOfWeek + 7) % 7);

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Name(DayOfWeek day) => day.ToString();
}
