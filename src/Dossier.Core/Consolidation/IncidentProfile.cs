using System.Text.Json;
using Dossier.Core.Domain;

namespace Dossier.Core.Consolidation;

/// <summary>
/// An incident's type, other act types, date, place and country as computed from its live claims after
/// claims moved (merge, split, undo, re-extraction): the shown value of each field, and the narrowest date
/// that agrees with the shown one. Pure.
/// </summary>
public sealed record IncidentProfile(string Type, IReadOnlyList<string> Also, PartialDate? Date, long? PlaceId, string? CountryCode)
{
    public static IncidentProfile? From(IReadOnlyList<Claim> claims, IReadOnlyDictionary<long, SourceView> sources)
    {
        var live = claims.Where(ShownValueRule.IsLive).ToList();
        var groups = new IndependenceGroups(sources.Values);
        var type = ShownValueRule.Compute(ClaimFields.Type, live, sources, groups).Value is { } t ? ClaimValues.ReadText(t) : null;
        if (type is null)
        {
            return null;
        }

        var also = live.Where(c => c.Field == ClaimFields.Also)
            .SelectMany(c => JsonSerializer.Deserialize<string[]>(c.Value) ?? [])
            .Concat(live.Where(c => c.Field == ClaimFields.Type).Select(c => ClaimValues.ReadText(c.Value)).OfType<string>())
            .Where(a => a != type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        PartialDate? date = null;
        if (ShownValueRule.Compute(ClaimFields.Date, live, sources, groups).Value is { } shownDate && ClaimValues.ReadDate(shownDate) is { } d)
        {
            // A day inside the shown month refines it; a date that disagrees does not.
            date = live.Where(c => c.Field == ClaimFields.Date).Select(c => ClaimValues.ReadDate(c.Value)).OfType<PartialDate>()
                .Where(d.Contains).OrderBy(x => x.Days).ThenBy(x => x.Start).FirstOrDefault(d);
        }

        long? placeId = null;
        if (ShownValueRule.Compute(ClaimFields.Place, live, sources, groups).Value is { } place)
        {
            using var json = JsonDocument.Parse(place);
            placeId = json.RootElement.TryGetProperty("place_id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;
        }

        var country = ShownValueRule.Compute(ClaimFields.Country, live, sources, groups).Value is { } c ? ClaimValues.ReadText(c) : null;
        return new IncidentProfile(type, also, date, placeId, country);
    }

    public IReadOnlyList<string> Families => EventFamilies.Of(Type, Also);
}
