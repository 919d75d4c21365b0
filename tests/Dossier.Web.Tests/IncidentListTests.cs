using System.Text;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Storage.Sqlite;
using Dossier.Web.Data;
using Dossier.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Tests;

/// <summary>
/// The incident list's figures on a real SQLite file: reports are every source with a claim on the
/// incident or on one merged into it; "killed" follows the shown-value rule over live claims only.
/// </summary>
public sealed class IncidentListTests : IAsyncLifetime
{
    private const string Now = "2024-03-05T00:00:00.0000000Z";
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-list-").FullName;
    private SqliteDossierStore _store = null!;

    private string DatabasePath => Path.Combine(_folder, "list.db");

    public async Task InitializeAsync() =>
        _store = await SqliteDossierStore.OpenAsync(DatabasePath, TimeProvider.System, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task List_CountsEverySourceOfTheIncidentAndOfWhatWasMergedIntoIt_AndShowsKilledFromLiveClaims()
    {
        var (a, b, c, d) = (await SourceAsync("a", "Wire A"), await SourceAsync("b", "Wire B"), await SourceAsync("c", "Wire C"), await SourceAsync("d", "Wire D"));
        var survivor = await ExecuteAsync("INSERT INTO events (type, date_start, status, created_at, updated_at) VALUES ('killing', '2021-05-02', 'proposed', @now, @now)");
        var merged = await ExecuteAsync("INSERT INTO events (type, date_start, status, created_at, updated_at) VALUES ('killing', '2021-05-03', 'proposed', @now, @now)");
        await ExecuteAsync($"UPDATE events SET merged_into = {survivor} WHERE id = {merged}");
        await ClaimAsync(survivor, "count.killed", """{"min":10,"max":10}""", a, "proposed");
        await ClaimAsync(survivor, "count.killed", """{"min":99,"max":99}""", b, "rejected");
        await ClaimAsync(survivor, "type", "\"killing\"", d, "proposed");
        await ClaimAsync(merged, "count.killed", """{"min":10,"max":10}""", c, "proposed");
        var lone = await ExecuteAsync("INSERT INTO events (type, date_start, status, created_at, updated_at) VALUES ('arrest', '2022-01-09', 'proposed', @now, @now)");
        await ClaimAsync(lone, "count.killed", """{"min":3,"max":3}""", a, "proposed");
        await ClaimAsync(lone, "count.killed", """{"min":4,"max":4}""", b, "proposed");

        var page = await new SqliteAnalystQueries(DatabasePath, _store).ListIncidentsAsync(new IncidentFilter(), CancellationToken.None);

        Assert.Equal([lone, survivor], page.Items.Select(i => i.Id)); // newest first; the merged one is not listed
        var first = page.Items[1];
        Assert.Equal((4, "10", false), (first.Reports, first.Killed, first.Disputed));
        var second = page.Items[0];
        Assert.Equal(2, second.Reports);
        Assert.True(second.Disputed);
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task List_PagesNewestFirst_WithUndatedIncidentsLast()
    {
        var ids = new List<long>();
        foreach (var date in new[] { "2020-01-01", "2023-06-30", null, "2021-11-11" })
        {
            ids.Add(await ExecuteAsync($"INSERT INTO events (type, date_start, status, created_at, updated_at) VALUES ('protest', {(date is null ? "NULL" : $"'{date}'")}, 'proposed', @now, @now)"));
        }

        var queries = new SqliteAnalystQueries(DatabasePath, _store);
        var first = await queries.ListIncidentsAsync(new IncidentFilter(PageSize: 2), CancellationToken.None);
        var second = await queries.ListIncidentsAsync(new IncidentFilter(Page: 2, PageSize: 2), CancellationToken.None);

        Assert.Equal([ids[1], ids[3], ids[0], ids[2]], first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Equal(4, first.Total);
    }

    [Theory]
    [InlineData("killed claims")]
    [InlineData("report counts")]
    public async Task Summaries_LookClaimsUpByIncident_NeverScanEveryClaim(string query)
    {
        var (ids, parameters) = (string.Join(", ", Enumerable.Range(0, 50).Select(i => $"@p{i}")), Enumerable.Range(0, 50));
        var sql = query == "killed claims" ? SqliteAnalystQueries.KilledClaimsSql($"({ids})") : SqliteAnalystQueries.ReportCountsSql($"({ids})");

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var i in parameters) command.Parameters.AddWithValue($"@p{i}", i + 1);
        command.Parameters.AddWithValue("@field", "count.killed");
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        }

        Assert.Contains("SEARCH c USING INDEX ix_claims_event (event_id=?)", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN c", StringComparison.Ordinal));
    }

    private async Task<long> SourceAsync(string name, string publisher)
    {
        var metadata = new SourceMetadata("tester") { Publisher = publisher };
        var result = await new IngestService(_store, TimeProvider.System)
            .IngestAsync(new IngestRequest(name + ".txt", new MemoryStream(Encoding.UTF8.GetBytes($"Report {name} on the events of May.")), metadata), CancellationToken.None);
        return result.SourceId!.Value;
    }

    private Task<long> ClaimAsync(long incident, string field, string value, long source, string status) =>
        ExecuteAsync(
            $"INSERT INTO claims (event_id, field, value_json, source_id, recorded_by, status, created_at) VALUES ({incident}, '{field}', @value, {source}, 'dossier-text@0.1.0', '{status}', @now)",
            value);

    private async Task<long> ExecuteAsync(string sql, string? value = null)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.StartsWith("UPDATE", StringComparison.Ordinal) ? sql : sql + " RETURNING id";
        command.Parameters.AddWithValue("@now", Now);
        command.Parameters.AddWithValue("@value", value ?? "");
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }
}
