namespace Dossier.Text.Temporal;

/// <summary>A calendar expression found over tokens [First, End): the parts the text prints.</summary>
internal readonly record struct DateParts(int First, int End, int? Year, int? Month, int? Day, DayOfWeek? Weekday = null)
{
    public bool HasDay => Day is not null;

    /// <summary>False when the printed parts name no real day (31 April, 29 February 2015).</summary>
    public bool IsValid()
    {
        if (Month is null || Day is null)
        {
            return true;
        }

        var max = Year is { } y ? DateTime.DaysInMonth(y, Month.Value) : Month == 2 ? 29 : DateTime.DaysInMonth(2001, Month.Value);
        return Day <= max;
    }
}
