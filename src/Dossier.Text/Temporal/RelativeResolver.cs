using Dossier.Text.Model;

namespace Dossier.Text.Temporal;

/// <summary>Resolves relative expressions ("yesterday", "last week", "two years ago", "recent") against the report's date.</summary>
internal static class RelativeResolver
{
    public static (DateValue?, string) Resolve(DateMention mention, DateValue? report)
    {
        if (report is not { } r || mention.Unit is not { } unit)
        {
            return (null, "relative, and no report date");
        }

        var amount = mention.Amount ?? 0;
        var precision = unit == "recent" ? DatePrecision.Month : CalendarMath.PrecisionOf(unit);
        var how = "counted from the report's date";
        if (precision < r.Precision)
        {
            // The report's date is coarser than the expression: say no more than the report does.
            precision = r.Precision;
            how = "counted from the report's date, at its precision";
        }

        var anchor = r.End;
        DateValue value;
        if (unit is "week" or "weekend" && precision == DatePrecision.Day)
        {
            var monday = CalendarMath.OnOrBefore(anchor, DayOfWeek.Monday).AddDays(7 * amount);
            var (from, to) = unit == "week" ? (monday, monday.AddDays(6)) : (monday.AddDays(5), monday.AddDays(6));
            if (amount == 0 && unit == "weekend" && to > anchor)
            {
                (from, to) = (from.AddDays(-7), to.AddDays(-7));
            }

            value = DateValue.Between(DateValue.Day(from.Year, from.Month, from.Day), DateValue.Day(to.Year, to.Month, to.Day));
        }
        else
        {
            value = CalendarMath.AtPrecision(CalendarMath.Add(anchor, amount, unit == "recent" ? "day" : unit), precision);
        }

        return (value, how);
    }
}
