using System.Data.Common;
using System.Globalization;
using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    public async Task<IReadOnlyList<IncidentSummary>> ListIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var where = new List<string> { "e.merged_into IS NULL", "e.status <> 'rejected'" };
        var parameters = new List<(string, object?)>();
        if (filter.Type is { } type)
        {
            where.Add("(e.type = @type OR e.also LIKE @type_json)");
            parameters.Add(("type", type));
            parameters.Add(("type_json", $"%\"{type}\"%"));
        }

        if (filter.From is { } from)
        {
            where.Add("e.date_end >= @from");
            parameters.Add(("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (filter.To is { } to)
        {
            where.Add("e.date_start <= @to");
            parameters.Add(("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (filter.Country is { } country)
        {
            where.Add("e.country = @country");
            parameters.Add(("country", country.ToUpperInvariant()));
        }

        if (filter.Place is { } place)
        {
            var ids = await IncidentsNamingAsync(connection, "place", place, cancellationToken);
            where.Add(ids.Count == 0 ? "1 = 0" : $"e.id IN ({string.Join(", ", ids)})");
        }

        if (filter.Actor is { } actor)
        {
            var ids = await IncidentsNamingAsync(connection, "actor", actor, cancellationToken);
            where.Add(ids.Count == 0 ? "1 = 0" : $"e.id IN ({string.Join(", ", ids)})");
        }

        parameters.Add(("limit", filter.Limit));
        var events = new List<(long Id, string Status)>();
        await using (var command = connection.Command(
            null,
            $"SELECT e.id, e.status FROM events e WHERE {string.Join(" AND ", where)} ORDER BY e.date_start IS NULL, e.date_start, e.id LIMIT @limit",
            parameters.ToArray()))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        var summaries = new List<IncidentSummary>();
        foreach (var (id, _) in events)
        {
            summaries.Add((await LoadIncidentAsync(connection, id, cancellationToken))!.Summary);
        }

        return summaries;
    }

    public async Task<IncidentRecord?> GetIncidentAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var survivor = await ConsolidationReads.ResolveAsync(connection, null, id, cancellationToken);
        if (survivor is null)
        {
            return null;
        }

        var record = await LoadIncidentAsync(connection, survivor.Value, cancellationToken);
        return record! with { RequestedId = id };
    }

    /// <summary>Survivor ids of incidents whose place, or whose perpetrator claims, name something matching <paramref name="name"/>.</summary>
    private static async Task<IReadOnlyList<long>> IncidentsNamingAsync(DbConnection connection, string entity, string name, CancellationToken cancellationToken)
    {
        var field = entity == "place" ? ClaimFields.Place : ClaimFields.Perpetrator;
        await using var command = connection.Command(
            null,
            $"""
            SELECT DISTINCT c.event_id FROM claims c
            WHERE c.field = @field AND c.status IN ('proposed', 'confirmed')
              AND c.ref_id IN (SELECT {entity}_id FROM {entity}_aliases WHERE normalized_alias LIKE @pattern)
            """,
            ("field", field), ("pattern", "%" + NameKeys.Normal(name) + "%"));
        var ids = new HashSet<long>();
        foreach (var eventId in await ConsolidationReads.ReadIdsAsync(command, cancellationToken))
        {
            if (await ConsolidationReads.ResolveAsync(connection, null, eventId, cancellationToken) is { } survivor)
            {
                ids.Add(survivor);
            }
        }

        return ids.ToList();
    }

    private static async Task<IncidentRecord?> LoadIncidentAsync(DbConnection connection, long id, CancellationToken cancellationToken)
    {
        string type, status, also;
        string? dateStart, dateEnd, precision, country, placeName;
        double? lat, lon;
        int version;
        await using (var command = connection.Command(
            null,
            """
            SELECT e.type, e.status, e.also, e.date_start, e.date_end, e.date_precision, e.country, p.name, p.lat, p.lon, e.version
            FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.id = @id
            """,
            ("id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (type, status, also) = (reader.GetString(0), reader.GetString(1), reader.GetStringOrNull(2) ?? "[]");
            (dateStart, dateEnd, precision, country, placeName) = (reader.GetStringOrNull(3), reader.GetStringOrNull(4), reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7));
            (lat, lon, version) = (reader.IsDBNull(8) ? null : reader.GetDouble(8), reader.IsDBNull(9) ? null : reader.GetDouble(9), reader.GetInt32(10));
        }

        var members = await ConsolidationReads.MemberIdsAsync(connection, null, id, cancellationToken);
        var claims = await ConsolidationReads.ClaimsAsync(connection, null, members, cancellationToken);
        var sources = await ConsolidationReads.SourceViewsAsync(connection, null, claims.Select(c => c.SourceId).OfType<long>(), cancellationToken);
        var groups = new IndependenceGroups(sources.Values);
        var shown = ShownFields(claims, sources, groups);
        var live = claims.Where(ShownValueRule.IsLive).ToList();
        var liveSources = live.Select(c => c.SourceId).OfType<long>().Distinct().ToList();
        var summary = new IncidentSummary(
            id, type, ConsolidationRows.ReadList(also), ConsolidationRows.ReadDate(dateStart, dateEnd, precision)?.ToIso(), placeName, country, status)
        {
            Sources = liveSources.Count,
            IndependentSources = groups.CountGroups(liveSources),
            Counts = shown.Where(s => ClaimFields.IsCount(s.Field)).ToList(),
            Disagreements = shown.Where(s => s.Disagreement).Select(s => s.Field).ToList(),
        };
        return new IncidentRecord(id, id, summary, version)
        {
            Latitude = lat,
            Longitude = lon,
            Shown = shown,
            Claims = await ClaimRecordsAsync(connection, claims, sources, cancellationToken),
            Links = await LinksAsync(connection, members, cancellationToken),
            MergedFrom = members.Where(m => m != id).ToList(),
        };
    }

    private static List<ShownValue> ShownFields(IReadOnlyList<Claim> claims, Dictionary<long, SourceView> sources, IndependenceGroups groups)
    {
        var fields = claims.Where(ShownValueRule.IsLive).Select(c => c.Field).Distinct().Where(f => f != ClaimFields.Perpetrator)
            .OrderBy(f => ClaimFields.IsCount(f) ? 1 : 0).ThenBy(f => f, StringComparer.Ordinal);
        var shown = fields.Select(f => ShownValueRule.Compute(f, claims, sources, groups)).ToList();
        var perpetrators = ShownValueRule.ComputePerpetrators(claims, sources, groups);
        if (perpetrators.Rule != ShownRule.None)
        {
            shown.Add(perpetrators);
        }

        return shown;
    }
}
