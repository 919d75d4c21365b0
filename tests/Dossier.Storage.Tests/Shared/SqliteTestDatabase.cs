using System.Globalization;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests.Shared;

/// <summary>A real SQLite file in a temporary directory of its own, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly List<SqlDossierStore> _opened = [];
    private string? _directory;

    public string Name => "sqlite";

    public string Path => System.IO.Path.Combine(_directory ?? throw new InvalidOperationException("CreateAsync first"), "test.db");

    public Task CreateAsync()
    {
        _directory = Directory.CreateTempSubdirectory("dossier-store-").FullName;
        return Task.CompletedTask;
    }

    public async Task<SqlDossierStore> OpenStoreAsync(TimeProvider time)
    {
        var store = await SqliteDossierStore.OpenAsync(Path, time, CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<string>> QueryStringsAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
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
        await ExecuteAsync("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    }

    public async Task<IReadOnlyList<string>> ColumnsAsync() =>
        await QueryStringsAsync(
            """
            SELECT m.name || '.' || c.name || CASE WHEN c."notnull" = 1 OR c.pk = 1 THEN ' NOT NULL' ELSE '' END
            FROM sqlite_master m, pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'document_fts%'
            ORDER BY 1
            """);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<SqliteConnection> ConnectAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
