namespace Dossier.Storage.Sqlite;

/// <summary>The store in one SQLite file: the embedded default (./dossier.db).</summary>
public sealed class SqliteDossierStore : SqlDossierStore
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    private SqliteDossierStore(SqliteDialect dialect, TimeProvider time)
        : base(dialect, time)
    {
        Path = dialect.Path;
    }

    public string Path { get; }

    /// <summary>Opens (creating if needed) the database file and applies pending migrations.</summary>
    public static async Task<SqliteDossierStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var dialect = new SqliteDialect(path, DefaultBusyTimeout);
        await dialect.UseWriteAheadLogAsync(cancellationToken);
        var store = new SqliteDossierStore(dialect, time);
        await store.MigrateAsync(cancellationToken);
        return store;
    }
}
