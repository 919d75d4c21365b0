using System.Globalization;
using System.Text.Json;
using Dossier.Storage.Audit;

namespace Dossier.Storage;

public sealed partial class SqlRecordWriter
{
    private static readonly JsonSerializerOptions AuditJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>
    /// Appends one audit row chained to the previous one. The write transaction excludes other
    /// writers (see <see cref="SqlDialect.BeginWriteAsync"/>), so reading the last row and
    /// appending after it cannot race.
    /// </summary>
    private async Task AppendAuditAsync(string action, string entity, string entityId, object? before, object? after, CancellationToken cancellationToken)
    {
        long lastId = 0;
        var prevHash = AuditChain.Genesis;
        await using (var last = Command("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                lastId = reader.GetInt64(0);
                prevHash = reader.GetString(1);
            }
        }

        var id = lastId + 1;
        var at = IsoTime.Format(_time.GetUtcNow());
        var beforeJson = before is null ? null : JsonSerializer.Serialize(before, AuditJson);
        var afterJson = after is null ? null : JsonSerializer.Serialize(after, AuditJson);
        var hash = AuditChain.Hash(prevHash, id, at, Actor, action, entity, entityId, beforeJson, afterJson);
        await using var insert = Command(
            """
            INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
            VALUES (@id, @at, @actor, @action, @entity, @entity_id, @before, @after, @prev, @hash)
            """,
            ("id", id), ("at", at), ("actor", Actor), ("action", action), ("entity", entity), ("entity_id", entityId),
            ("before", beforeJson), ("after", afterJson), ("prev", prevHash), ("hash", hash));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
