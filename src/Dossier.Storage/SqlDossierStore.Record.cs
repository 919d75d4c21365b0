using System.Text.Json;
using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;
using Dossier.Storage.Rows;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    public async Task<IReadOnlyList<ActorRecord>> ListActorsAsync(string? name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT a.id, COALESCE(a.kind, ''), a.name,
                (SELECT COUNT(DISTINCT c.event_id) FROM claims c WHERE c.field = 'perpetrator' AND c.ref_id = a.id AND c.status IN ('proposed', 'confirmed')),
                (SELECT COUNT(*) FROM demands d WHERE d.by_actor_id = a.id)
            FROM actors a
            WHERE a.merged_into IS NULL AND (CAST(@pattern AS TEXT) IS NULL OR a.id IN (SELECT actor_id FROM actor_aliases WHERE normalized_alias LIKE @pattern))
            ORDER BY a.name, a.id
            """,
            ("pattern", name is null ? null : "%" + NameKeys.Normal(name) + "%"));
        var rows = new List<(long Id, string Kind, string Name, int Incidents, int Demands)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4)));
            }
        }

        var actors = new List<ActorRecord>();
        foreach (var row in rows)
        {
            actors.Add(new ActorRecord(row.Id, row.Kind, row.Name, await AliasesAsync(connection, "actor", row.Id, cancellationToken), row.Incidents, row.Demands));
        }

        return actors;
    }

    public async Task<IReadOnlyList<PlaceRecord>> ListPlacesAsync(string? name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT p.id, p.name, p.country, p.kind, p.lat, p.lon,
                (SELECT COUNT(DISTINCT c.event_id) FROM claims c WHERE c.field = 'place' AND c.ref_id = p.id AND c.status IN ('proposed', 'confirmed'))
            FROM places p
            WHERE p.merged_into IS NULL AND (CAST(@pattern AS TEXT) IS NULL OR p.id IN (SELECT place_id FROM place_aliases WHERE normalized_alias LIKE @pattern))
            ORDER BY p.name, p.id
            """,
            ("pattern", name is null ? null : "%" + NameKeys.Normal(name) + "%"));
        var rows = new List<PlaceRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new PlaceRecord(
                    reader.GetInt64(0), reader.GetString(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetDouble(5), [], reader.GetInt32(6)));
            }
        }

        var places = new List<PlaceRecord>();
        foreach (var row in rows)
        {
            places.Add(row with { Aliases = await AliasesAsync(connection, "place", row.Id, cancellationToken) });
        }

        return places;
    }

    public async Task<IReadOnlyList<DemandView>> ListDemandsAsync(string? status, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT d.id, d.source_id, s.file_name, d.by_text, d.by_actor_id, d.addressees, d.text, d.date, d.status,
                d.span_start, d.span_end, doc.text, s.published
            FROM demands d JOIN sources s ON s.id = d.source_id LEFT JOIN documents doc ON doc.id = d.document_id
            WHERE CAST(@status AS TEXT) IS NULL OR d.status = @status
            ORDER BY COALESCE(d.date, s.published), d.id
            """,
            ("status", status));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var demands = new List<DemandView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var text = reader.GetStringOrNull(11);
            int? start = reader.IsDBNull(9) ? null : reader.GetInt32(9);
            int? end = reader.IsDBNull(10) ? null : reader.GetInt32(10);
            demands.Add(new DemandView(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetStringOrNull(3), reader.IsDBNull(4) ? null : reader.GetInt64(4),
                JsonSerializer.Deserialize<string[]>(reader.GetStringOrNull(5) ?? "[]") ?? [], reader.GetString(6), reader.GetStringOrNull(7), reader.GetString(8))
            {
                Quote = text is not null && start is { } s && end is { } e && e <= text.Length ? text[s..e] : null,
                SourceDate = reader.GetStringOrNull(12),
            });
        }

        return demands;
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string? actor, string? place, CancellationToken cancellationToken)
    {
        var incidents = await ListIncidentsAsync(new IncidentFilter { Actor = actor, Place = place, Limit = 100_000 }, cancellationToken);
        var entries = new List<TimelineEntry>();
        foreach (var incident in incidents.Where(i => i.Date is not null))
        {
            var record = await GetIncidentAsync(incident.Id, cancellationToken);
            var files = record!.Claims.Where(c => ShownValueRule.IsLive(new Claim(c.Id, c.IncidentId, c.Field, c.Value, c.SourceId, c.RecordedBy) { Status = c.Status }))
                .Select(c => c.SourceFile).OfType<string>().Distinct().ToList();
            var counts = string.Join(", ", incident.Counts.Select(c => $"{c.Field[ClaimFields.CountPrefix.Length..]} {ClaimValues.Display(c.Value!)}"));
            var summary = $"{incident.Type}{(incident.Place is null ? "" : " at " + incident.Place)}{(counts.Length == 0 ? "" : " (" + counts + ")")}";
            entries.Add(new TimelineEntry(incident.Date!, "incident", incident.Id, summary, files));
        }

        if (place is null)
        {
            var actorIds = actor is null ? null : (await ListActorsAsync(actor, cancellationToken)).Select(a => a.Id).ToHashSet();
            foreach (var demand in await ListDemandsAsync(null, cancellationToken))
            {
                var matches = actorIds is null || (demand.ByActorId is { } by && actorIds.Contains(by))
                    || (actor is not null && demand.By is not null && NameKeys.Normal(demand.By).Contains(NameKeys.Normal(actor), StringComparison.Ordinal));
                if (matches && (demand.Date ?? demand.SourceDate) is { } date)
                {
                    entries.Add(new TimelineEntry(date, "demand", demand.Id, $"{demand.By ?? "unknown"}: {demand.What}", [demand.SourceFile]));
                }
            }
        }

        return entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
    }

    public async Task<IReadOnlyList<(long DocumentId, string? Pipeline)>> ListLatestDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT d.id, (SELECT x.pipeline_version FROM extractions x WHERE x.document_id = d.id ORDER BY x.id DESC LIMIT 1)
            FROM documents d WHERE d.id = (SELECT MAX(d2.id) FROM documents d2 WHERE d2.source_id = d.source_id)
            ORDER BY d.source_id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<(long, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add((reader.GetInt64(0), reader.GetStringOrNull(1)));
        }

        return documents;
    }

    public async Task<string?> GetPublisherGradeAsync(string publisher, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT grade FROM publisher_grades WHERE publisher_key = @k", ("k", NameKeys.Normal(publisher)));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<IReadOnlyList<string>> AliasesAsync(System.Data.Common.DbConnection connection, string entity, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, $"SELECT alias FROM {entity}_aliases WHERE {entity}_id = @id ORDER BY id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var aliases = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            aliases.Add(reader.GetString(0));
        }

        return aliases;
    }
}
