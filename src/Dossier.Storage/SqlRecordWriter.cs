using System.Data.Common;
using Dossier.Core.Storage;

namespace Dossier.Storage;

/// <summary>
/// One write transaction. Every method that changes a record calls <c>AppendAuditAsync</c> in
/// the same transaction: this class is the one place through which records change. Partial: one
/// file per area (Sources, Audit, …); new areas add their own file.
/// </summary>
public sealed partial class SqlRecordWriter : IRecordWriter
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _time;
    private bool _completed;

    internal SqlRecordWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, TimeProvider time, string actor)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _time = time;
        Actor = actor;
    }

    public string Actor { get; }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        await _transaction.CommitAsync(cancellationToken);
        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back.
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
        _completed = true;
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) =>
        _connection.Command(_transaction, sql, parameters);

    private async Task<long> InsertReturningIdAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql + " RETURNING id", parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
