using Dossier.Core.Domain;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// The rule that decides whether a report's event describes an incident already on record: type families
/// overlap, both dates are known to a month or better and may be the same day (a day's slack between two
/// exact days, for reports dated by local time or by the night's end), and the places agree (the same
/// specific place, whatever country the events were given; or the same country where one side names only
/// the country or a region of it, since the gazetteer does not say which region a town lies in). Anything contradicting — different specific places, different countries, dates that
/// cannot meet — keeps them apart. Too little to go on (no date, a
/// year or a long interval, no place) also keeps them apart: an analyst can still merge by hand. Pure.
/// </summary>
public static class IncidentMatcher
{
    /// <summary>The widest date (in days) that may join automatically: a calendar month.</summary>
    public const int MaxDateDays = 31;

    /// <summary>Slack between two exact days.</summary>
    public const int DaySlack = 1;

    public static MatchDecision Decide(IncidentSignature incoming, IncidentSignature incident)
    {
        var families = incoming.Families.Intersect(incident.Families, StringComparer.Ordinal).ToList();
        if (families.Count == 0)
        {
            return MatchDecision.No("type families differ");
        }

        if (!IsMatchable(incoming.Date) || !IsMatchable(incident.Date))
        {
            return MatchDecision.No("date unknown or too vague");
        }

        var a = incoming.Date!.Value;
        var b = incident.Date!.Value;
        var bothDays = a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day && !a.IsInterval && !b.IsInterval;
        if (!a.Overlaps(b, bothDays ? DaySlack : 0))
        {
            return MatchDecision.No("dates incompatible");
        }

        var agreed = new List<string> { "type family " + string.Join('+', families) };
        var score = families.Count;
        if (bothDays && a.Start == b.Start)
        {
            agreed.Add("date " + a.ToIso());
            score += 3;
        }
        else
        {
            agreed.Add($"date {a.ToIso()} within {b.ToIso()}");
            score += 1;
        }

        // The same specific place settles where; its country cannot differ, whatever the events say.
        if (incoming.HasSpecificPlace && incident.HasSpecificPlace)
        {
            if (incoming.PlaceId != incident.PlaceId)
            {
                return MatchDecision.No("different places");
            }

            agreed.Add("place");
            score += 3;
            return new MatchDecision(true, agreed, null, score);
        }

        if (incoming.HasRegion && incident.HasRegion && incoming.PlaceId != incident.PlaceId)
        {
            return MatchDecision.No("different regions");
        }

        if (incoming.CountryCode is null || incident.CountryCode is null)
        {
            return MatchDecision.No("place unknown");
        }

        if (!string.Equals(incoming.CountryCode, incident.CountryCode, StringComparison.OrdinalIgnoreCase))
        {
            return MatchDecision.No("countries differ");
        }

        agreed.Add("country " + incident.CountryCode.ToUpperInvariant());
        score += 1;
        return new MatchDecision(true, agreed, null, score);
    }

    public static bool IsMatchable(PartialDate? date) => date is { } d && d.Days <= MaxDateDays;
}
