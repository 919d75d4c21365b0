namespace Dossier.Web.Data.Sqlite;

public sealed partial class SqliteAnalystQueries
{
    public async Task<IReadOnlyList<ClaimView>> ReviewQueueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ListAsync(connection,
            $"""
            SELECT {ClaimColumns} FROM claims c LEFT JOIN sources s ON s.id = c.source_id
            JOIN events e ON e.id = c.event_id
            WHERE c.status = 'proposed' AND e.merged_into IS NULL
            ORDER BY c.id LIMIT @limit
            """,
            ReadClaimRow, cancellationToken, ("limit", limit));
        var texts = await DocumentTextsAsync(connection, rows, cancellationToken);
        return rows.Select(c => View(c, c.DocumentId is { } d ? texts.GetValueOrDefault(d) : null)).ToList();
    }

    public async Task<PagedList<AuditEntry>> ListAuditAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var total = await ScalarAsync(connection, "SELECT COUNT(*) FROM audit_log", cancellationToken);
        var items = await ListAsync(connection,
            "SELECT id, at, actor, action, entity || ' ' || entity_id, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT @take OFFSET @skip",
            r => new AuditEntry(r.GetInt64(0), Instant(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), Str(r, 5), Str(r, 6)),
            cancellationToken, ("take", pageSize), ("skip", (Math.Max(page, 1) - 1) * pageSize));
        return new PagedList<AuditEntry>(items, (int)total, page, pageSize);
    }

    public async Task<Overview> GetOverviewAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var byMonth = await ListAsync(connection,
            """
            SELECT type, substr(date_start, 1, 7) AS month, COUNT(*) FROM events
            WHERE +merged_into IS NULL AND length(date_start) >= 7 GROUP BY type, month ORDER BY month
            """,
            r => new TypeMonthCount(r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken);
        var latest = await ListAsync(connection, $"SELECT {SourceColumns} FROM sources ORDER BY id DESC LIMIT 8", ReadSource, cancellationToken);
        var open = await ScalarAsync(connection, "SELECT COUNT(*) FROM claims WHERE status = 'proposed'", cancellationToken);
        var disputed = await ListAsync(connection,
            """
            SELECT c.event_id, e.type, c.field,
                   MIN(json_extract(c.value_json, '$.min')), MAX(json_extract(c.value_json, '$.max')), COUNT(DISTINCT c.source_id)
            FROM claims c JOIN events e ON e.id = c.event_id
            WHERE c.field LIKE 'count.%' AND c.status IN ('proposed', 'confirmed') AND e.merged_into IS NULL
            GROUP BY c.event_id, c.field
            HAVING COUNT(DISTINCT c.value_json) > 1
            ORDER BY c.event_id DESC LIMIT 10
            """,
            r => new DisputedFigure(r.GetInt64(0), r.GetString(1), r.GetString(2), Text(r.GetValue(3)), Text(r.GetValue(4)), r.GetInt32(5)),
            cancellationToken);
        return new Overview(byMonth, latest, (int)open, await ReviewQueueAsync(5, cancellationToken), disputed);
    }
}
