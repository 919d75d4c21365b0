namespace Dossier.Storage.Tests.Shared;

/// <summary>
/// One fresh, empty database for one test, and a way in behind the store's back (to tamper, to
/// inspect the schema). Implementations: <see cref="SqliteTestDatabase"/>, <see cref="PostgresTestDatabase"/>.
/// </summary>
public interface ITestDatabase : IAsyncDisposable
{
    string Name { get; }

    Task CreateAsync();

    /// <summary>Opens a store on this database (migrating it); closed when the database is disposed.</summary>
    Task<SqlDossierStore> OpenStoreAsync(TimeProvider time);

    /// <summary>Runs SQL on a connection of its own, as someone with direct access to the database would.</summary>
    Task<int> ExecuteAsync(string sql);

    Task<IReadOnlyList<string>> QueryStringsAsync(string sql);

    /// <summary>Drops the triggers that keep audit_log append-only, as an attacker with full access could.</summary>
    Task RemoveAuditGuardsAsync();

    /// <summary>Every column of every table, as "table.column" with " NOT NULL" when it is required.</summary>
    Task<IReadOnlyList<string>> ColumnsAsync();
}
