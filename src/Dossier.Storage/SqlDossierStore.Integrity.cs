using System.Data;
using System.Data.Common;
using Dossier.Core.Audit;
using Dossier.Core.Hashing;
using Dossier.Core.Integrity;
using Dossier.Storage.Audit;

namespace Dossier.Storage;

public abstract partial class SqlDossierStore
{
    public async Task<IntegrityReport> VerifyAsync(CancellationToken cancellationToken)
    {
        var problems = new List<IntegrityProblem>();
        await using var connection = await OpenAsync(cancellationToken);
        var sources = await VerifySourcesAsync(connection, problems, cancellationToken);
        var documents = await VerifyDocumentsAsync(connection, problems, cancellationToken);
        var auditRows = await VerifyAuditChainAsync(connection, problems, cancellationToken);
        await FindUnauditedAsync(connection, "sources", "source", problems, cancellationToken);
        await FindUnauditedAsync(connection, "documents", "document", problems, cancellationToken);
        return new IntegrityReport(sources, documents, auditRows, problems);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string? entity, string? entityId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The casts give a null parameter a type: PostgreSQL cannot infer one from "@x IS NULL".
        await using var command = connection.Command(
            null,
            """
            SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash FROM audit_log
            WHERE (CAST(@entity AS TEXT) IS NULL OR entity = @entity) AND (CAST(@entity_id AS TEXT) IS NULL OR entity_id = @entity_id)
            ORDER BY id LIMIT @limit
            """,
            ("entity", entity),
            ("entity_id", entityId),
            ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(ReadAuditEntry(reader));
        }

        return entries;
    }

    private static async Task<long> VerifySourcesAsync(DbConnection connection, List<IntegrityProblem> problems, CancellationToken cancellationToken)
    {
        // Sequential access streams each archived original instead of loading it whole.
        await using var command = connection.Command(null, "SELECT id, sha256, content FROM sources ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var expected = reader.GetString(1);
            await using var content = reader.GetStream(2);
            var actual = await Sha256Hex.OfStreamAsync(content, cancellationToken);
            if (actual != expected)
            {
                problems.Add(new IntegrityProblem(IntegrityProblemKind.SourceHashMismatch, "source", expected, $"archived bytes hash to {actual} (source id {id})"));
            }

            count++;
        }

        return count;
    }

    private static async Task<long> VerifyDocumentsAsync(DbConnection connection, List<IntegrityProblem> problems, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "SELECT id, text_sha256, text FROM documents ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var actual = Sha256Hex.OfText(reader.GetString(2));
            if (actual != reader.GetString(1))
            {
                problems.Add(new IntegrityProblem(IntegrityProblemKind.DocumentHashMismatch, "document", reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture), $"text hashes to {actual}, stored {reader.GetString(1)}"));
            }

            count++;
        }

        return count;
    }

    private static async Task<long> VerifyAuditChainAsync(DbConnection connection, List<IntegrityProblem> problems, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash FROM audit_log ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var expectedPrev = AuditChain.Genesis;
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = ReadAuditEntry(reader);
            var rowId = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (row.PrevHash != expectedPrev)
            {
                problems.Add(new IntegrityProblem(IntegrityProblemKind.AuditChainBroken, "audit_log", rowId, "previous-hash link does not match the row before it (a row was removed, inserted or altered)"));
            }

            var actual = AuditChain.Hash(row.PrevHash, row.Id, row.At, row.Actor, row.Action, row.Entity, row.EntityId, row.BeforeJson, row.AfterJson);
            if (actual != row.Hash)
            {
                problems.Add(new IntegrityProblem(IntegrityProblemKind.AuditHashMismatch, "audit_log", rowId, $"row content hashes to {actual}, stored {row.Hash}"));
            }

            expectedPrev = row.Hash;
            count++;
        }

        return count;
    }

    /// <summary>
    /// Records with no "add" audit row. The chain alone cannot show that its last rows were cut
    /// off; the records those rows described still exist and give it away.
    /// </summary>
    private static async Task FindUnauditedAsync(DbConnection connection, string table, string entity, List<IntegrityProblem> problems, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            null,
            $"""
            SELECT t.id FROM {table} t
            WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = @entity AND a.action = 'add' AND a.entity_id = CAST(t.id AS TEXT))
            ORDER BY t.id
            """,
            ("entity", entity));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
            problems.Add(new IntegrityProblem(IntegrityProblemKind.MissingAuditRow, entity, id, $"{entity} {id} has no audit row recording that it was added"));
        }
    }

    private static AuditEntry ReadAuditEntry(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetStringOrNull(6), r.GetStringOrNull(7), r.GetString(8), r.GetString(9));
}
