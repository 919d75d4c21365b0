using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// A small record written into a real SQLite file: two reports ingested through the real
/// IngestService, and one incident whose claims point at real spans of those reports (offsets found
/// in the stored text, never typed in). Used where the extraction pipeline is not the subject.
/// </summary>
public sealed record SampleRecords(long IncidentId, long OtherIncidentId, long KilledClaimId, long SourceId, long ActorId)
{
    public const string ReportA = "GENEVA, 3 March 2024. Residents of Tal Hamra said that 12 people were killed when security forces opened fire on a market on 1 March 2024.";
    public const string ReportB = "Local monitors reported on 4 March 2024 that 15 civilians were killed in Tal Hamra on 1 March 2024 by security forces.";

    public static async Task<SampleRecords> WriteAsync(IDossierStore store, string databasePath, CancellationToken cancellationToken)
    {
        var ingest = new IngestService(store, TimeProvider.System);
        var a = await IngestTextAsync(ingest, "report-a.txt", ReportA, "Geneva Monitor", cancellationToken);
        var b = await IngestTextAsync(ingest, "report-b.txt", ReportB, "Local Monitors", cancellationToken);

        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        const string now = "2024-03-05T00:00:00.0000000Z";
        var place = await InsertAsync(connection, "INSERT INTO places (name, country, lat, lon, precision, created_at) VALUES ('Tal Hamra', 'SY', 36.2, 37.1, 'city', @now)", ("now", now));
        var actor = await InsertAsync(connection, "INSERT INTO actors (name, kind, created_at) VALUES ('Security forces', 'state_force', @now)", ("now", now));
        var incident = await InsertAsync(connection,
            "INSERT INTO events (type, date_start, date_precision, place_id, status, created_at, updated_at) VALUES ('killing', '2024-03-01', 'day', @place, 'proposed', @now, @now)",
            ("place", place), ("now", now));
        var other = await InsertAsync(connection,
            "INSERT INTO events (type, date_start, date_precision, place_id, status, created_at, updated_at) VALUES ('attack', '2024-03-01', 'day', @place, 'proposed', @now, @now)",
            ("place", place), ("now", now));

        var killed = await ClaimAsync(connection, incident, "count.killed", """{"min":12,"max":12}""", a, ReportA, "12 people were killed");
        await ClaimAsync(connection, incident, "count.killed", """{"min":15,"max":15}""", b, ReportB, "15 civilians were killed");
        await ClaimAsync(connection, incident, "date", "\"2024-03-01\"", a, ReportA, "1 March 2024");
        var perpetrator = await ClaimAsync(connection, incident, "perpetrator", $$"""{"name":"Security forces","actor_id":{{actor}}}""", a, ReportA, "security forces");
        // Consolidation files a claim's actor id in ref_id (what the actor pages read).
        await using (var refer = connection.CreateCommand())
        {
            refer.CommandText = "UPDATE claims SET ref_id = @actor WHERE id = @claim";
            refer.Parameters.AddWithValue("@actor", actor);
            refer.Parameters.AddWithValue("@claim", perpetrator);
            await refer.ExecuteNonQueryAsync(cancellationToken);
        }

        await ClaimAsync(connection, other, "type", "\"attack\"", b, ReportB, "killed");
        await transaction.CommitAsync(cancellationToken);
        return new SampleRecords(incident, other, killed, a.SourceId, actor);
    }

    private static async Task<(long SourceId, long DocumentId)> IngestTextAsync(IngestService ingest, string name, string text, string publisher, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var result = await ingest.IngestAsync(new IngestRequest(name, content, new SourceMetadata("seed") { Publisher = publisher }), cancellationToken);
        return (result.SourceId ?? throw new InvalidOperationException(result.Reason), result.DocumentId!.Value);
    }

    private static async Task<long> ClaimAsync(SqliteConnection connection, long incident, string field, string value, (long SourceId, long DocumentId) source, string text, string quote)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"'{quote}' is not in the report");
        return await InsertAsync(connection,
            """
            INSERT INTO claims (event_id, field, value_json, source_id, document_id, span_start, span_end, recorded_by, status, created_at)
            VALUES (@event, @field, @value, @source, @document, @start, @end, 'dossier-text@0.1.0', 'proposed', '2024-03-05T00:00:00.0000000Z')
            """,
            ("event", incident), ("field", field), ("value", value), ("source", source.SourceId), ("document", source.DocumentId),
            ("start", start), ("end", start + quote.Length));
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql + " RETURNING id";
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue("@" + name, value);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
