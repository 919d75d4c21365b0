using System.Data.Common;
using Dossier.Core.Storage;
using Dossier.Storage.Migrations;

namespace Dossier.Storage;

/// <summary>
/// The store over any ADO.NET database that speaks the shared logical schema; a
/// <see cref="SqlDialect"/> supplies what differs. Partial: one file per area
/// (Sources, Search, Integrity, …); new areas add their own file.
/// </summary>
public abstract partial class SqlDossierStore : IDossierStore
{
    protected SqlDossierStore(SqlDialect dialect, TimeProvider time)
    {
        Dialect = dialect;
        Time = time;
    }

    protected SqlDialect Dialect { get; }

    protected TimeProvider Time { get; }

    /// <summary>Applies pending migrations; returns how many ran.</summary>
    public Task<int> MigrateAsync(CancellationToken cancellationToken) =>
        MigrationRunner.ApplyAsync(Dialect, Time, cancellationToken);

    public async Task<IRecordWriter> BeginWriteAsync(string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken);
            return new SqlRecordWriter(connection, transaction, Dialect, Time, actor);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Dialect.ReleaseAsync();
    }

    protected Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        Dialect.OpenConnectionAsync(cancellationToken);
}
