using System.Data.Common;
using Dossier.Core.Storage;
using Dossier.Storage;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Data.Sqlite;

/// <summary>
/// The pages' reads as SQL over the shared schema, on read-only connections (WAL: readers never
/// block the writer). Shown values come from consolidation's <see cref="Dossier.Core.Consolidation.ShownValueRule"/>.
/// Partial: one file per area.
/// </summary>
public sealed partial class SqliteAnalystQueries(string databasePath, IDossierStore store) : IAnalystQueries
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ListAsync(connection, sql, read, cancellationToken, parameters);
    }

    private static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.Command(null, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Text(object? value) => value is null or DBNull ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

    private static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    /// <summary>"(@p0, @p1, …)" and its parameters, for IN lists of ids.</summary>
    private static (string Sql, (string, object?)[] Parameters) InList(IReadOnlyCollection<long> ids, string prefix = "p") =>
        ("(" + string.Join(", ", ids.Select((_, i) => $"@{prefix}{i}")) + ")",
         ids.Select((id, i) => ($"{prefix}{i}", (object?)id)).ToArray());
}
