namespace Dossier.Storage.Postgres;

/// <summary>The store on a PostgreSQL server: for an organisation sharing one archive.</summary>
public sealed class PostgresDossierStore : SqlDossierStore
{
    private PostgresDossierStore(PostgresDialect dialect, TimeProvider time)
        : base(dialect, time)
    {
        Target = dialect.Describe();
    }

    /// <summary>Where the store lives (the connection string without its password).</summary>
    public string Target { get; }

    /// <summary>Connects (the database must exist) and applies pending migrations.</summary>
    /// <param name="connectionString">An Npgsql connection string or a postgres:// URL (see <see cref="PostgresConnectionString"/>).</param>
    public static async Task<PostgresDossierStore> OpenAsync(string connectionString, TimeProvider time, CancellationToken cancellationToken)
    {
        var store = new PostgresDossierStore(new PostgresDialect(PostgresConnectionString.Normalize(connectionString)), time);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
