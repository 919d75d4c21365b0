using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>Turns a finished draft into an immutable <see cref="ExtractedEvent"/>.</summary>
internal static class DraftPublisher
{
    /// <param name="home">The report's own place and country, used when the incident names no place.</param>
    public static ExtractedEvent Publish(TokenIndex ix, IncidentDraft draft, ReportPlace? home = null)
    {
        var primary = draft.Primary;
        home ??= ReportPlace.None;
        var mention = draft.PlaceMention >= 0 ? draft.PlaceMention : draft.Aggregate ? -1 : home.Mention;
        var place = mention >= 0 ? NameResolver.FromMention(ix, mention) : null;
        var country = place?.CountryCode ?? draft.CountryHint ?? home.Country ?? draft.NamesCountry;
        if (place is null && country is not null && home.Countries.TryGetValue(country, out var named))
        {
            place = NameResolver.FromMention(ix, named); // a tally or an act told with no place: its country, as the report names it
        }

        return new ExtractedEvent(primary)
        {
            Also = draft.Types.Where(t => t != primary).OrderBy(EventTypes.Rank).ToList(),
            Date = draft.Date,
            DateSpan = draft.DateSpan,
            Location = place,
            CountryCode = country,
            Perpetrators = primary is EventTypes.Protest or EventTypes.Meeting ? [] : draft.Perpetrators.ToList(),
            Victims = draft.Victims,
            Counts = DeadCountedOnce(draft.Counts, primary),
            Evidence = draft.Evidence.Distinct().ToList(),
            Triggers = draft.Triggers.ToList(),
        };
    }

    /// <summary>
    /// "security forces executed the ten men" told of a killing of ten: the same dead, once as killed and once
    /// as executed. The incident's own kind of death keeps the figure; different figures are both kept.
    /// </summary>
    private static Dictionary<string, ExtractedCount> DeadCountedOnce(Dictionary<string, ExtractedCount> counts, string primary)
    {
        var copy = new Dictionary<string, ExtractedCount>(counts, StringComparer.Ordinal);
        if (copy.TryGetValue("killed", out var killed) && copy.TryGetValue("executed", out var executed)
            && killed.Min == executed.Min && killed.Max == executed.Max)
        {
            copy.Remove(primary == EventTypes.Execution ? "killed" : "executed");
        }

        return copy;
    }
}
