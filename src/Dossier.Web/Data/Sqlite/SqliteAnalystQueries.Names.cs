using System.Text.Json;

namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    // Actors enter incidents through claims that name them; consolidation files the actor's id in
    // claims.ref_id (indexed with the field), so these read the index, not every claim's JSON.
    private const string ActorFields = "('perpetrator', 'victims')";

    private const string ActorIncidents =
        $"""
        SELECT c.ref_id AS actor_id, COALESCE(e.merged_into, c.event_id) AS event_id
        FROM claims c JOIN events e ON e.id = c.event_id
        WHERE c.field IN {ActorFields} AND c.ref_id IS NOT NULL AND c.status IN ('proposed', 'confirmed')
        """;

    public async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken) =>
        await ListAsync(
            $"""
            WITH counts AS (SELECT actor_id, COUNT(DISTINCT event_id) AS n FROM ({ActorIncidents}) GROUP BY actor_id)
            SELECT a.id, a.name, COALESCE(a.kind, ''),
                   (SELECT group_concat(alias, '|') FROM actor_aliases WHERE actor_id = a.id AND alias <> a.name),
                   COALESCE(counts.n, 0)
            FROM actors a LEFT JOIN counts ON counts.actor_id = a.id
            WHERE a.merged_into IS NULL ORDER BY 5 DESC, a.name LIMIT 1000
            """,
            r => new ActorSummary(r.GetInt64(0), r.GetString(1), r.GetString(2), Split(Str(r, 3)), r.GetInt32(4)), cancellationToken);

    public async Task<ActorDetail?> GetActorAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var actor = await ListAsync(connection,
            """
            SELECT a.id, a.name, COALESCE(a.kind, ''), (SELECT group_concat(alias, '|') FROM actor_aliases WHERE actor_id = a.id AND alias <> a.name)
            FROM actors a WHERE a.id = @id
            """,
            r => new ActorSummary(r.GetInt64(0), r.GetString(1), r.GetString(2), Split(Str(r, 3)), 0), cancellationToken, ("id", id));
        if (actor.Count == 0) return null;
        const string mine = $"SELECT COALESCE(e.merged_into, c.event_id) FROM claims c JOIN events e ON e.id = c.event_id WHERE c.field IN {ActorFields} AND c.ref_id = @id AND c.status IN ('proposed', 'confirmed')";
        var rows = await ListAsync(connection,
            $"SELECT {IncidentColumns} FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.id IN ({mine}) ORDER BY e.date_start DESC LIMIT 200",
            ReadIncidentRow, cancellationToken, ("id", id));
        var incidents = await SummariesAsync(connection, rows, cancellationToken);
        var coOccurring = await ListAsync(connection,
            $"""
            SELECT c.ref_id, a.name, COUNT(DISTINCT c.event_id)
            FROM claims c JOIN actors a ON a.id = c.ref_id
            WHERE c.field IN {ActorFields} AND c.ref_id <> @id AND c.status IN ('proposed', 'confirmed')
              AND c.event_id IN (SELECT c2.event_id FROM claims c2 WHERE c2.field IN {ActorFields} AND c2.ref_id = @id)
            GROUP BY c.ref_id, a.name ORDER BY 3 DESC, a.name LIMIT 50
            """,
            r => new CoOccurrence(r.GetInt64(0), r.GetString(1), r.GetInt32(2)), cancellationToken, ("id", id));
        return new ActorDetail(actor[0] with { Incidents = incidents.Count }, incidents, coOccurring);
    }

    public async Task<IReadOnlyList<PlaceSummary>> ListPlacesAsync(CancellationToken cancellationToken) =>
        await ListAsync(
            """
            SELECT p.id, p.name, p.country, p.lat, p.lon, COALESCE(p.precision, 'unknown'),
                   (SELECT group_concat(alias, '|') FROM place_aliases WHERE place_id = p.id AND alias <> p.name),
                   (SELECT COUNT(*) FROM events e WHERE e.place_id = p.id AND +e.merged_into IS NULL)
            FROM places p WHERE p.merged_into IS NULL ORDER BY 8 DESC, p.name LIMIT 2000
            """,
            r => new PlaceSummary(r.GetInt64(0), r.GetString(1), Str(r, 2), r.IsDBNull(3) ? null : r.GetDouble(3), r.IsDBNull(4) ? null : r.GetDouble(4),
                r.GetString(5), Split(Str(r, 6)), r.GetInt32(7)),
            cancellationToken);

    public async Task<IReadOnlyList<DemandView>> ListDemandsAsync(string? status, CancellationToken cancellationToken) =>
        await ListAsync(
            """
            SELECT d.id, COALESCE(a.name, d.by_text, 'unknown'), d.addressees, d.text, d.date, s.id, COALESCE(s.title, s.file_name), d.span_start, d.span_end, d.status
            FROM demands d JOIN sources s ON s.id = d.source_id LEFT JOIN actors a ON a.id = d.by_actor_id
            WHERE (@status IS NULL OR d.status = @status) AND d.status <> 'superseded'
            ORDER BY COALESCE(d.date, s.published) DESC, d.id DESC LIMIT 1000
            """,
            r => new DemandView(r.GetInt64(0), r.GetString(1), Addressees(Str(r, 2)), r.GetString(3), Str(r, 4), r.GetInt64(5), r.GetString(6),
                r.IsDBNull(7) ? null : r.GetInt32(7), r.IsDBNull(8) ? null : r.GetInt32(8), r.GetString(9)),
            cancellationToken, ("status", status));

    private static IReadOnlyList<string> Split(string? joined) =>
        joined is null ? [] : joined.Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    private static string Addressees(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return "";
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) is { } names ? string.Join(", ", names) : json;
        }
        catch (JsonException)
        {
            return json; // stored as plain text by an older writer
        }
    }
}
