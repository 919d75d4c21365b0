using System.Globalization;
using Dossier.Text.Model;

namespace Dossier.Core.Domain.Sources;

/// <summary>
/// The one rule for a publication date given by a person (ingest --published, extract --published, the
/// samples index): YYYY-MM-DD, YYYY-MM or YYYY, keeping its precision; and which of them anchors the
/// pipeline's reading of relative dates.
/// </summary>
public static class PublishedDateParser
{
    public const string Formats = "YYYY-MM-DD, YYYY-MM or YYYY";

    /// <summary>
    /// The day that anchors relative dates ("on Sunday", "last week") when the pipeline reads the text:
    /// only a date known to the day; a month or a year would make up a day.
    /// </summary>
    public static DateOnly? AnchorDay(DateValue? published) =>
        published is { Precision: DatePrecision.Day, IsInterval: false } day ? day.Start : null;

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
