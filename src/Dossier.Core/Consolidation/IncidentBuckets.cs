using System.Globalization;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Keys of the candidate index: (type family, country, calendar month). An incident is filed under every
/// month its date (with the day's slack) touches, so a lookup reads a handful of small buckets and the
/// cost of matching does not grow with the corpus. Incidents that cannot match automatically (no usable
/// date, no country) are not filed. Pure.
/// </summary>
public static class IncidentBuckets
{
    public static IReadOnlyList<string> For(IncidentSignature signature)
    {
        if (!IncidentMatcher.IsMatchable(signature.Date) || signature.CountryCode is null)
        {
            return [];
        }

        var date = signature.Date!.Value;
        var first = date.Start.AddDays(-IncidentMatcher.DaySlack);
        var last = date.End.AddDays(IncidentMatcher.DaySlack);
        var country = signature.CountryCode.ToUpperInvariant();
        var keys = new List<string>();
        foreach (var family in signature.Families)
        {
            for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            {
                keys.Add(string.Create(CultureInfo.InvariantCulture, $"{family}|{country}|{month:yyyy-MM}"));
            }
        }

        return keys;
    }
}
