using System.Globalization;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Keys of the candidate index: (type family, country, calendar month) and, for a specific place,
/// (type family, place, month). An incident is filed under every month its date (with the day's slack)
/// touches, so a lookup reads a handful of small buckets and the cost of matching does not grow with the
/// corpus. The place key lets two reports of one place meet even when they disagree on the country.
/// Incidents that cannot match automatically (no usable date, neither place nor country) are not filed. Pure.
/// </summary>
public static class IncidentBuckets
{
    public static IReadOnlyList<string> For(IncidentSignature signature)
    {
        if (!IncidentMatcher.IsMatchable(signature.Date) || (signature.CountryCode is null && !signature.HasSpecificPlace))
        {
            return [];
        }

        var date = signature.Date!.Value;
        var first = date.Start.AddDays(-IncidentMatcher.DaySlack);
        var last = date.End.AddDays(IncidentMatcher.DaySlack);
        var areas = new List<string>();
        if (signature.CountryCode is { } country)
        {
            areas.Add(country.ToUpperInvariant());
        }

        if (signature.HasSpecificPlace)
        {
            areas.Add(string.Create(CultureInfo.InvariantCulture, $"@{signature.PlaceId}"));
        }

        var keys = new List<string>();
        foreach (var family in signature.Families)
        {
            for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            {
                foreach (var area in areas)
                {
                    keys.Add(string.Create(CultureInfo.InvariantCulture, $"{family}|{area}|{month:yyyy-MM}"));
                }
            }
        }

        return keys;
    }
}
