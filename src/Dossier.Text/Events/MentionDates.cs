using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// The calendar value of a date mention: the resolver's value when set, else, for a date printed with
/// its year, the value its printed parts give (so that events keep absolute dates even when no
/// resolver ran).
/// </summary>
internal static class MentionDates
{
    public static DateValue? ValueOf(DateMention mention)
    {
        if (mention.Value is { } value)
        {
            return value;
        }

        if (mention.Kind != DateKind.Absolute || mention.Year is not { } year || year is < 1 or > 9999)
        {
            return null;
        }

        if (mention.Month is { } month and >= 1 and <= 12)
        {
            return mention.Day is { } day && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? DateValue.Day(year, month, day)
                : DateValue.Month(year, month);
        }

        return DateValue.Year(year);
    }
}
