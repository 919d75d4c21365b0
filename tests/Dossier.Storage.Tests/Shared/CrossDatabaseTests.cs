using System.Text.Json;
using Dossier.Core.Accounts;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Ingest;

namespace Dossier.Storage.Tests.Shared;

/// <summary>SQLite and PostgreSQL side by side: one logical schema, one audit chain.</summary>
[RequiresEnvironment(PostgresTestDatabase.Variable, "a PostgreSQL connection string for tests")]
public sealed class CrossDatabaseTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _sqlite = new();
    private readonly PostgresTestDatabase _postgres = new();

    public async Task InitializeAsync()
    {
        await _sqlite.CreateAsync();
        await _postgres.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [StoreFact]
    public async Task Schema_HasTheSameTablesColumnsAndRequiredColumns_OnBothDatabases()
    {
        await _sqlite.OpenStoreAsync(TimeProvider.System);
        await _postgres.OpenStoreAsync(TimeProvider.System);

        var sqlite = await _sqlite.ColumnsAsync();
        var postgres = await _postgres.ColumnsAsync();

        Assert.True(sqlite.Count > 100, $"only {sqlite.Count} columns found");
        Assert.Equal(sqlite, postgres);
    }

    [StoreFact]
    public async Task AuditChain_SameWritesAtTheSameInstants_HashAlikeOnBothDatabases()
    {
        var sqlite = await _sqlite.OpenStoreAsync(SteppingClock.Default());
        var postgres = await _postgres.OpenStoreAsync(SteppingClock.Default());

        foreach (var store in new SqlDossierStore[] { sqlite, postgres })
        {
            var ingest = new IngestService(store, SteppingClock.Default());
            await ingest.IngestAsync(new IngestRequest("a.txt", new MemoryStream("Ré: «12» arrested."u8.ToArray()), new Core.Domain.Sources.SourceMetadata("amira")), CancellationToken.None);
            await ingest.IngestAsync(new IngestRequest("b.md", new MemoryStream("# Bulletin\n\nTwo killed."u8.ToArray()), new Core.Domain.Sources.SourceMetadata("jonas")), CancellationToken.None);
            await using var writer = await store.BeginWriteAsync("admin", CancellationToken.None);
            var user = await writer.AddUserAsync("amira", UserRole.Analyst, "hash", CancellationToken.None);
            await writer.SetUserRoleAsync(user!.Id, UserRole.Admin, CancellationToken.None);
            await writer.CommitAsync(CancellationToken.None);
        }

        var fromSqlite = await sqlite.ReadAuditAsync(null, null, 100, CancellationToken.None);
        var fromPostgres = await postgres.ReadAuditAsync(null, null, 100, CancellationToken.None);

        Assert.Equal(6, fromSqlite.Count);
        Assert.Equal(fromSqlite, fromPostgres);
        Assert.True((await postgres.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [StoreFact]
    public async Task Consolidation_SameReports_GiveTheSameRecordAndTheSameAuditRows_OnBothDatabases()
    {
        var sqlite = await _sqlite.OpenStoreAsync(SteppingClock.Default());
        var postgres = await _postgres.OpenStoreAsync(SteppingClock.Default());

        var records = new List<string>();
        foreach (var store in new SqlDossierStore[] { sqlite, postgres })
        {
            var clock = SteppingClock.Default();
            await ConsolidationScenario.IngestConsolidatingAsync(store, clock, "a.txt", "Resistance Press", ConsolidationScenario.RaidReport, ConsolidationScenario.RaidExtraction);
            await ConsolidationScenario.IngestConsolidatingAsync(store, clock, "b.txt", "Government Office", ConsolidationScenario.OfficialReport, ConsolidationScenario.OfficialExtraction);
            await ConsolidationScenario.IngestConsolidatingAsync(store, clock, "u.txt", "Rights Monitor", ConsolidationScenario.UndatedReport, ConsolidationScenario.UndatedExtraction);
            var incidents = await store.ListIncidentsAsync(new IncidentFilter(), CancellationToken.None);
            await using (var writer = await store.BeginWriteAsync("analyst", CancellationToken.None))
            {
                await writer.MergeIncidentsAsync(incidents[0].Id, incidents[^1].Id, "same raid", CancellationToken.None);
                await writer.CommitAsync(CancellationToken.None);
            }

            var record = await store.GetIncidentAsync(incidents[0].Id, CancellationToken.None);
            records.Add(JsonSerializer.Serialize(new { incidents = await store.ListIncidentsAsync(new IncidentFilter(), CancellationToken.None), record, actors = await store.ListActorsAsync(null, CancellationToken.None) }));
        }

        Assert.Equal(records[0], records[1]);
        Assert.Contains("Camp Ashraf", records[0]);
        var fromSqlite = await sqlite.ReadAuditAsync(null, null, 1000, CancellationToken.None);
        Assert.True(fromSqlite.Count > 10);
        Assert.Equal(fromSqlite, await postgres.ReadAuditAsync(null, null, 1000, CancellationToken.None));
    }
}
