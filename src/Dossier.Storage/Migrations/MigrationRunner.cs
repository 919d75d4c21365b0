using System.Data.Common;

namespace Dossier.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest schema: every migration not yet recorded in schema_version
/// runs, in order, inside one write transaction, so a failed migration changes nothing and two
/// processes opening the same database at once apply each migration only once.
/// </summary>
public static class MigrationRunner
{
    public static async Task<int> ApplyAsync(SqlDialect dialect, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);

        // Inside the write transaction: on PostgreSQL two processes creating the table at once
        // would otherwise collide (CREATE … IF NOT EXISTS is not safe against a concurrent create).
        await using (var create = connection.Scalar(transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = Convert.ToInt32(await connection.Scalar(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version").ExecuteScalarAsync(cancellationToken));
        var applied = 0;
        foreach (var migration in dialect.Migrations.Where(m => m.Version > current))
        {
            await using (var command = connection.Scalar(transaction, migration.Sql))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = connection.Command(
                transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                ("version", migration.Version),
                ("name", migration.Name),
                ("at", IsoTime.Format(time.GetUtcNow())));
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied++;
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }
}
