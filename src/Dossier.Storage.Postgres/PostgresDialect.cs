using System.Data.Common;
using Dossier.Storage.Migrations;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// PostgreSQL: pooled connections from one data source; writers serialised by a transaction-scoped
/// advisory lock per schema, so the audit chain stays one chain across any number of processes
/// and machines, while readers never wait.
/// </summary>
public sealed class PostgresDialect : SqlDialect
{
    // First half of the two-part advisory lock key, "DOSS" in ASCII: keeps Dossier's lock apart
    // from advisory locks other software might take in the same database.
    private const int LockClass = 0x444F5353;

    private static readonly Lazy<IReadOnlyList<Migration>> EmbeddedSchema = new(() => EmbeddedMigrations.Load(typeof(PostgresDialect).Assembly));

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override string Name => "postgres";

    public override IReadOnlyList<Migration> Migrations => EmbeddedSchema.Value;

    public override IFullTextIndex FullText { get; } = new TsvectorIndex();

    /// <summary>The connection string without its password, for messages.</summary>
    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString) { Password = null };
        return builder.ToString();
    }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);
        try
        {
            // Held until commit or rollback. Keyed by schema so that databases living side by side
            // in schemas of one server (as the tests do) do not wait for each other. Under READ
            // COMMITTED every later statement sees what the previous lock holder committed.
            await using var command = connection.Command(transaction, "SELECT pg_advisory_xact_lock(@class, hashtext(current_schema()))", ("class", LockClass));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public override ValueTask ReleaseAsync() => _dataSource.DisposeAsync();
}
