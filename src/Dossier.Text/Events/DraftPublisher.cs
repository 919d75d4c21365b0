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
        return new ExtractedEvent(primary)
        {
            Also = draft.Types.Where(t => t != primary).OrderBy(EventTypes.Rank).ToList(),
            Date = draft.Date,
            DateSpan = draft.DateSpan,
            Location = place,
            CountryCode = place?.CountryCode ?? draft.CountryHint ?? home.Country ?? draft.NamesCountry,
            Perpetrators = primary is EventTypes.Protest or EventTypes.Meeting ? [] : draft.Perpetrators.ToList(),
            Victims = draft.Victims,
            Counts = new Dictionary<string, ExtractedCount>(draft.Counts, StringComparer.Ordinal),
            Evidence = draft.Evidence.Distinct().ToList(),
            Triggers = draft.Triggers.ToList(),
        };
    }
}
