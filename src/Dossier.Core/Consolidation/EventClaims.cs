using Dossier.Core.Domain;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Turns one extracted event into claims, each with the span it came from: type, other act types, date,
/// place, country, perpetrators, victims and every count. Pure.
/// </summary>
public static class EventClaims
{
    public static IReadOnlyList<Claim> Build(
        ExtractedEvent ev, long incidentId, long sourceId, string recordedBy, long? placeId, IReadOnlyList<long?> perpetratorIds)
    {
        var evidence = ev.Evidence.Count > 0 ? ev.Evidence[0] : ev.Triggers.Count > 0 ? ev.Triggers[0] : (TextSpan?)null;
        var claims = new List<Claim>();
        void Add(string field, string value, TextSpan? span) =>
            claims.Add(new Claim(0, incidentId, field, value, sourceId, recordedBy) { Span = span });

        Add(ClaimFields.Type, ClaimValues.Text(ev.Type), ev.Triggers.Count > 0 ? ev.Triggers[0] : evidence);
        if (ev.Also.Count > 0)
        {
            Add(ClaimFields.Also, ClaimValues.List(ev.Also), evidence);
        }

        if (ev.Date is { } date)
        {
            Add(ClaimFields.Date, ClaimValues.Text(date.ToIso()), ev.DateSpan ?? evidence);
        }

        if (ev.Location is { } location)
        {
            var country = ev.CountryCode ?? location.CountryCode;
            Add(ClaimFields.Place, ClaimValues.Named(location.Name, "place_id", placeId, country), FirstSpan(location) ?? evidence);
        }

        if ((ev.CountryCode ?? ev.Location?.CountryCode) is { } code)
        {
            Add(ClaimFields.Country, ClaimValues.Text(code.ToUpperInvariant()), ev.Location is { } l ? FirstSpan(l) ?? evidence : evidence);
        }

        for (var i = 0; i < ev.Perpetrators.Count; i++)
        {
            var perpetrator = ev.Perpetrators[i];
            var actorId = i < perpetratorIds.Count ? perpetratorIds[i] : null;
            Add(ClaimFields.Perpetrator, ClaimValues.Named(perpetrator.Name, "actor_id", actorId), FirstSpan(perpetrator) ?? evidence);
        }

        if (!string.IsNullOrWhiteSpace(ev.Victims))
        {
            Add(ClaimFields.Victims, ClaimValues.Text(ev.Victims), evidence);
        }

        foreach (var (key, count) in ev.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Add(ClaimFields.Count(key), ClaimValues.Count(new CountRange(count.Min, count.Max)), count.Span);
        }

        return claims;
    }

    private static TextSpan? FirstSpan(ExtractedName name) => name.Spans.Count > 0 ? name.Spans[0] : null;
}
