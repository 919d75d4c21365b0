using Dossier.Text.Model;
using Dossier.Text.Quantities;

namespace Dossier.Text.Events;

/// <summary>
/// The days a lasting act covers when its sentence says how long it went on: "seized the school on 1 September
/// and held the hostages for three days" runs from 1 to 3 September, so that what happened on the third day
/// is told as part of it. Stateless.
/// </summary>
internal static class ActDuration
{
    private const int MaxDays = 62;

    private static readonly WordSet Days = new("day days");
    private static readonly WordSet Weeks = new("week weeks");

    /// <summary>
    /// <paramref name="date"/> stretched over the "for N days/weeks" said in tokens [<paramref name="first"/>,
    /// <paramref name="end"/>), or unchanged when the date is not a single day or no such span is said.
    /// </summary>
    public static DateValue Extend(TokenIndex ix, int first, int end, DateValue date)
    {
        if (date.Precision != DatePrecision.Day || date.IsInterval)
        {
            return date;
        }

        for (var t = first; t + 2 < end; t++)
        {
            if (!ix.Is(t, "for") || !TryNumber(ix, t + 1, out var n))
            {
                continue;
            }

            var days = ix.IsAny(t + 2, Days) ? n : ix.IsAny(t + 2, Weeks) ? n * 7 : 0;
            if (days is >= 2 and <= MaxDays)
            {
                return date with { End = date.Start.AddDays((int)days - 1), IsInterval = true };
            }
        }

        return date;
    }

    private static bool TryNumber(TokenIndex ix, int token, out long value)
    {
        var word = ix.Word(token);
        return long.TryParse(word, out value) || NumberWords.TryCardinal(word, out value);
    }
}
