namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    private static readonly HashSet<string> Verdicts = ["confirmed", "rejected"];

    public async Task<bool> ReviewClaimAsync(long claimId, string status, CancellationToken cancellationToken)
    {
        if (!Verdicts.Contains(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "a verdict is confirmed or rejected");
        var before = await ScalarTextAsync("SELECT status FROM claims WHERE id = @id", cancellationToken, ("id", claimId));
        if (before is null) return false;
        await ExecuteAsync("UPDATE claims SET status = @status WHERE id = @id", cancellationToken, ("status", status), ("id", claimId));
        await AppendAuditAsync(status == "confirmed" ? "confirm" : "reject", "claim", Key(claimId), new { Status = before }, new { Status = status }, cancellationToken);
        return true;
    }

    public async Task<bool> ReviewIncidentAsync(long incidentId, string status, CancellationToken cancellationToken)
    {
        if (!Verdicts.Contains(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "a verdict is confirmed or rejected");
        var before = await ScalarTextAsync("SELECT status FROM events WHERE id = @id", cancellationToken, ("id", incidentId));
        if (before is null) return false;
        await ExecuteAsync("UPDATE events SET status = @status, version = version + 1, updated_at = @at WHERE id = @id", cancellationToken,
            ("status", status), ("at", IsoTime.Format(_time.GetUtcNow())), ("id", incidentId));
        await AppendAuditAsync(status == "confirmed" ? "confirm" : "reject", "incident", Key(incidentId), new { Status = before }, new { Status = status }, cancellationToken);
        return true;
    }

    public async Task<long> AddCorrectionAsync(long incidentId, string field, string valueJson, string note, CancellationToken cancellationToken)
    {
        // The shown value before the correction is kept in the audit row as the claims it stood on.
        var previous = new List<string>();
        await using (var read = Command(
            "SELECT value_json FROM claims WHERE event_id = @event AND field = @field AND status IN ('proposed', 'confirmed') ORDER BY id",
            ("event", incidentId), ("field", field)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) previous.Add(reader.GetString(0));
        }

        var id = await InsertReturningIdAsync(
            """
            INSERT INTO claims (event_id, field, value_json, recorded_by, status, note, created_at)
            VALUES (@event, @field, @value, @by, 'confirmed', @note, @at)
            """,
            cancellationToken,
            ("event", incidentId), ("field", field), ("value", valueJson), ("by", Actor), ("note", note), ("at", IsoTime.Format(_time.GetUtcNow())));
        await AppendAuditAsync("correct", "claim", Key(id),
            new { Incident = incidentId, Field = field, Values = previous },
            new { Incident = incidentId, Field = field, Value = valueJson, Note = note }, cancellationToken);
        return id;
    }

    private async Task<string?> ScalarTextAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
