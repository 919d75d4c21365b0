using Dossier.Storage.Migrations;
using Dossier.Storage.Sqlite;
using Dossier.Storage.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests;

public sealed class MigrationTests
{
    private static readonly string[] ModelTables =
    [
        "sources", "documents", "extractions", "mentions", "actors", "actor_aliases", "places", "place_aliases",
        "events", "claims", "demands", "users", "api_tokens", "audit_log", "schema_version",
    ];

    [Fact]
    public async Task Open_CreatesEveryTableOfTheDataModel_OnAFreshFile()
    {
        await using var db = new TempDatabase();
        await db.OpenAsync();

        var tables = await QueryStringsAsync(db.Path, "SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.All(ModelTables, table => Assert.Contains(table, tables));
    }

    [Fact]
    public async Task IncidentList_NewestFirst_IsReadFromTheDateIndex_WithoutSortingEveryIncident()
    {
        await using var db = new TempDatabase();
        await db.OpenAsync();

        // The shape of the web app's incident list: live incidents, newest first, one page.
        var plan = await QueryStringsAsync(
            db.Path,
            "EXPLAIN QUERY PLAN SELECT e.id FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE +e.merged_into IS NULL ORDER BY e.date_start DESC, e.id DESC LIMIT 50",
            column: 3);

        Assert.Contains(plan, step => step.Contains("ix_events_date", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_AppliesEachMigrationOnce_WhenOpenedRepeatedly()
    {
        await using var db = new TempDatabase();
        var first = await db.OpenAsync();
        var second = await db.OpenAsync();
        var appliedAgain = await second.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, appliedAgain);
        var versions = await QueryStringsAsync(db.Path, "SELECT version FROM schema_version ORDER BY version");
        var expected = new Dossier.Storage.Sqlite.SqliteDialect(db.Path, TimeSpan.FromSeconds(1)).Migrations
            .Select(m => m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, versions);
        Assert.NotNull(first);
    }

    [Fact]
    public async Task Open_UsesWalJournalAndEnforcesForeignKeys()
    {
        await using var db = new TempDatabase();
        await db.OpenAsync();

        Assert.Equal(["wal"], await QueryStringsAsync(db.Path, "PRAGMA journal_mode"));
        await using var connection = new SqliteConnection($"Data Source={db.Path};Foreign Keys=True");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO documents (source_id, text, text_sha256, extractor_version, created_at) VALUES (999, 'x', 'y', 'v', 'now')";
        var error = await Assert.ThrowsAsync<SqliteException>(() => insert.ExecuteNonQueryAsync());
        Assert.Contains("FOREIGN KEY", error.Message);
    }

    [Fact]
    public async Task Migrate_ChangesNothing_WhenALaterStatementOfAMigrationFails()
    {
        await using var db = new TempDatabase();
        await db.OpenAsync();
        var sqlite = new SqliteDialect(db.Path, TimeSpan.FromSeconds(5));
        var next = sqlite.Migrations.Count + 1;
        var broken = new Migration(next, "broken", "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);");

        await Assert.ThrowsAsync<SqliteException>(() => MigrationRunner.ApplyAsync(new ExtraMigrationsDialect(sqlite, broken), TimeProvider.System, CancellationToken.None));

        Assert.DoesNotContain("half_done", await QueryStringsAsync(db.Path, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        Assert.Equal((next - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(await QueryStringsAsync(db.Path, "SELECT MAX(version) FROM schema_version")));
        var fixedMigration = broken with { Sql = "CREATE TABLE half_done (id INTEGER);" };
        Assert.Equal(1, await MigrationRunner.ApplyAsync(new ExtraMigrationsDialect(sqlite, fixedMigration), TimeProvider.System, CancellationToken.None));
        Assert.Contains("half_done", await QueryStringsAsync(db.Path, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public void EmbeddedMigrations_AreNumberedWithoutGaps()
    {
        var migrations = new SqliteDialect("unused.db", TimeSpan.FromSeconds(1)).Migrations;

        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
    }

    internal static async Task<List<string>> QueryStringsAsync(string path, string sql, int column = 0)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
