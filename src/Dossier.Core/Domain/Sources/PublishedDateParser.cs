using System.Globalization;
using Dossier.Text.Model;

namespace Dossier.Core.Domain.Sources;

/// <summary>Parses a publication date given as YYYY-MM-DD, YYYY-MM or YYYY, keeping its precision.</summary>
public static class PublishedDateParser
{
    public static bool TryParse(string? text, out DateValue date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var styles = DateTimeStyles.None;
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", culture, styles, out var day))
        {
            date = DateValue.Day(day.Year, day.Month, day.Day);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM", culture, styles, out var month))
        {
            date = DateValue.Month(month.Year, month.Month);
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, culture, out var year) && year >= 1)
        {
            date = DateValue.Year(year);
            return true;
        }

        return false;
    }
}
