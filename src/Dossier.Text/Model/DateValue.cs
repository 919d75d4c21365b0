using System.Globalization;

namespace Dossier.Text.Model;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A calendar date known to a precision, or an interval of two such dates. <see cref="Start"/> is the
/// first day covered and <see cref="End"/> the last (inclusive). Immutable.
/// </summary>
public readonly record struct DateValue(DateOnly Start, DateOnly End, DatePrecision Precision, bool IsInterval = false)
{
    public static DateValue Day(int year, int month, int day)
    {
        var d = new DateOnly(year, month, day);
        return new DateValue(d, d, DatePrecision.Day);
    }

    public static DateValue Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new DateValue(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static DateValue Year(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>An interval from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    public static DateValue Between(DateValue from, DateValue to) =>
        new(from.Start, to.End, (DatePrecision)Math.Max((int)from.Precision, (int)to.Precision), IsInterval: true);

    /// <summary>ISO 8601 at the date's precision: YYYY, YYYY-MM, YYYY-MM-DD, or START/END for an interval.</summary>
    public string ToIso()
    {
        var start = Format(Start, Precision);
        if (!IsInterval)
        {
            return start;
        }

        var end = Format(End, Precision);
        return end == start ? start : $"{start}/{end}";
    }

    public override string ToString() => ToIso();

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        _ => "day",
    };
}
