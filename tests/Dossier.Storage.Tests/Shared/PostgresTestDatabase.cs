using System.Globalization;
using Dossier.Storage.Postgres;
using Npgsql;

namespace Dossier.Storage.Tests.Shared;

/// <summary>
/// A schema of its own, named uniquely, on the server that DOSSIER_TEST_PG points at; dropped
/// afterwards. The store sees only this schema (its search path), so each test starts empty.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "DOSSIER_TEST_PG";

    private readonly List<SqlDossierStore> _opened = [];
    private readonly string _schema = "dossier_test_" + Guid.NewGuid().ToString("N");
    private string? _server;

    public string Name => "postgres";

    /// <summary>The connection string the store gets: the test server, limited to this test's schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ConnectionString;

    private string Server => _server ?? throw new InvalidOperationException("CreateAsync first");

    public async Task CreateAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, and CI=true forbids skipping the PostgreSQL tests: run ./test.sh, which starts PostgreSQL and sets it.");
        await ExecuteOnServerAsync($"CREATE SCHEMA {_schema}");
    }

    public async Task<SqlDossierStore> OpenStoreAsync(TimeProvider time)
    {
        var store = await PostgresDossierStore.OpenAsync(ConnectionString, time, CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await ConnectAsync(ConnectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<string>> QueryStringsAsync(string sql)
    {
        await using var connection = await ConnectAsync(ConnectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public async Task RemoveAuditGuardsAsync()
    {
        await ExecuteAsync("DROP TRIGGER audit_log_no_update ON audit_log; DROP TRIGGER audit_log_no_delete ON audit_log;");
    }

    public async Task<IReadOnlyList<string>> ColumnsAsync() =>
        await QueryStringsAsync(
            $"""
            SELECT c FROM (
                SELECT table_name || '.' || column_name || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END AS c
                FROM information_schema.columns
                WHERE table_schema = '{_schema}' AND table_name <> 'document_fts') columns
            ORDER BY c COLLATE "C"
            """);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        if (_server is not null)
        {
            await ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    private static async Task<NpgsqlConnection> ConnectAsync(string connectionString)
    {
        // No pooling: a dropped schema must not leave idle connections behind.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = await ConnectAsync(Server);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
