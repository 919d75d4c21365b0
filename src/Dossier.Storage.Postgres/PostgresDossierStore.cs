using Npgsql;

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

    /// <summary>
    /// Connects (the database must exist) and applies pending migrations. A malformed address, a server
    /// that cannot be reached, a refused login or a missing database is a failed opening, described in one
    /// line naming server, database and user (never the password).
    /// </summary>
    public static async Task<StoreOpening> TryOpenAsync(string connectionString, TimeProvider time, CancellationToken cancellationToken)
    {
        string normalized;
        try
        {
            normalized = PostgresConnectionString.Normalize(connectionString);
        }
        catch (ArgumentException problem)
        {
            return StoreOpening.Failed($"cannot read the PostgreSQL address: {problem.Message}");
        }

        try
        {
            return StoreOpening.Opened(await OpenAsync(normalized, time, cancellationToken));
        }
        catch (NpgsqlException problem) when (!cancellationToken.IsCancellationRequested)
        {
            return StoreOpening.Failed($"cannot open PostgreSQL {PostgresConnectionString.Describe(normalized)}: {Reason(problem)}");
        }
    }

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

    // Npgsql's message says what failed ("Failed to connect to 127.0.0.1:1"); the socket error under it says why.
    private static string Reason(NpgsqlException problem)
    {
        var reason = problem is PostgresException server ? $"{server.MessageText} ({server.SqlState})" : problem.Message.TrimEnd('.');
        return problem.InnerException is { } inner && !reason.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{reason} ({inner.Message.TrimEnd('.')})"
            : reason;
    }
}
