using System.Data.Common;
using Dossier.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// SQLite: one file, WAL journal (readers never block the writer), foreign keys enforced,
/// a busy timeout so concurrent processes wait instead of failing.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private static readonly Lazy<IReadOnlyList<Migration>> EmbeddedSchema = new(() => EmbeddedMigrations.Load(typeof(SqliteDialect).Assembly));

    private readonly string _connectionString;

    public SqliteDialect(string path, TimeSpan busyTimeout)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)busyTimeout.TotalSeconds,
        }.ToString();
        BusyTimeout = busyTimeout;
    }

    public string Path { get; }

    public TimeSpan BusyTimeout { get; }

    public override string Name => "sqlite";

    public override IReadOnlyList<Migration> Migrations => EmbeddedSchema.Value;

    public override IFullTextIndex FullText { get; } = new Fts5Index();

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // synchronous=NORMAL is safe with WAL: a killed process never loses a committed
        // transaction; only a power cut might lose the last few.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Switches the file to WAL; the setting is kept in the file, so once per open of the store is enough.</summary>
    public async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // BEGIN IMMEDIATE takes the write lock up front, so writers queue instead of deadlocking
        // when a read inside the transaction would later have to upgrade.
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(transaction);
    }

    public override ValueTask ReleaseAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
