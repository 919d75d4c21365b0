using System.Globalization;
using Dossier.Text.Model;

namespace Dossier.Core.Domain;

/// <summary>
/// A date known only to a precision (day, month, year) or an interval of such dates: the first and the
/// last day it may be (inclusive). "September 2013" is 2013-09-01..2013-09-30 at month precision. Immutable.
/// </summary>
public readonly record struct PartialDate(DateOnly Start, DateOnly End, DatePrecision Precision, bool IsInterval = false)
{
    public static PartialDate From(DateValue value) => new(value.Start, value.End, value.Precision, value.IsInterval);

    public static PartialDate Day(int year, int month, int day) => From(DateValue.Day(year, month, day));

    public static PartialDate Month(int year, int month) => From(DateValue.Month(year, month));

    public static PartialDate Year(int year) => From(DateValue.Year(year));

    /// <summary>Days covered, inclusive: 1 for a day, 28–31 for a month.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>True when the two may denote the same day, allowing <paramref name="slackDays"/> either side.</summary>
    public bool Overlaps(PartialDate other, int slackDays = 0) =>
        Start.DayNumber - slackDays <= other.End.DayNumber && other.Start.DayNumber - slackDays <= End.DayNumber;

    /// <summary>True when every day of <paramref name="other"/> lies within this date.</summary>
    public bool Contains(PartialDate other) => Start <= other.Start && other.End <= End;

    public string ToIso() => new DateValue(Start, End, Precision, IsInterval).ToIso();

    public override string ToString() => ToIso();

    /// <summary>Reads YYYY, YYYY-MM, YYYY-MM-DD or START/END; null when the text is none of these.</summary>
    public static PartialDate? TryParse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        var slash = iso.IndexOf('/');
        if (slash >= 0)
        {
            var from = TryParse(iso[..slash]);
            var to = TryParse(iso[(slash + 1)..]);
            if (from is null || to is null || to.Value.End < from.Value.Start)
            {
                return null;
            }

            var precision = (DatePrecision)Math.Max((int)from.Value.Precision, (int)to.Value.Precision);
            return new PartialDate(from.Value.Start, to.Value.End, precision, IsInterval: true);
        }

        var parts = iso.Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers switch
        {
            [var y] when y is >= 1 and <= 9999 => Year(y),
            [var y, var m] when y is >= 1 and <= 9999 && m is >= 1 and <= 12 => Month(y, m),
            [var y, var m, var d] when y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) => Day(y, m, d),
            _ => null,
        };
    }
}
