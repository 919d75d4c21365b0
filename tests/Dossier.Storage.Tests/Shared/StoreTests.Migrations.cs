namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    private static readonly string[] ModelTables =
    [
        "sources", "documents", "extractions", "mentions", "actors", "actor_aliases", "places", "place_aliases",
        "events", "claims", "demands", "users", "api_tokens", "audit_log", "schema_version",
    ];

    [StoreFact]
    public async Task Open_CreatesEveryTableOfTheDataModel()
    {
        await OpenAsync();

        var tables = (await Db.ColumnsAsync()).Select(c => c[..c.IndexOf('.')]).Distinct().ToList();

        Assert.All(ModelTables, table => Assert.Contains(table, tables));
    }

    [StoreFact]
    public async Task Open_Twice_AppliesEachMigrationOnce()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();

        Assert.Equal(0, await second.MigrateAsync(None));
        var versions = await Db.QueryStringsAsync("SELECT version FROM schema_version ORDER BY version");
        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), versions);
        Assert.True(versions.Count >= 2);
        Assert.Equal(0, await first.MigrateAsync(None));
    }

    [StoreFact]
    public async Task Open_ByTwoProcessesAtOnce_MigratesOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => OpenAsync())));

        var versions = await Db.QueryStringsAsync("SELECT version FROM schema_version");
        Assert.Equal(versions.Count, versions.Distinct().Count());
        await IngestAsync(opened[2], "a.txt", "Written after a concurrent open.");
        Assert.Single(await opened[0].ListSourcesAsync(None));
    }

    [StoreFact]
    public async Task Open_Again_FindsWhatWasWrittenBefore()
    {
        var store = await OpenAsync();
        var added = await IngestAsync(store, "kept.txt", "A report that must survive reopening.");
        await store.DisposeAsync();

        var reopened = await OpenAsync();

        Assert.Equal("kept.txt", (await reopened.FindSourceAsync(added.Sha256!, None))?.FileName);
        Assert.Single(await reopened.SearchAsync("survive", 10, None));
        Assert.True((await reopened.VerifyAsync(None)).IsIntact);
    }

    [StoreFact]
    public async Task Open_IndexesIncidentsByDate_ForTheNewestFirstList()
    {
        await OpenAsync();

        var indexes = await Db.QueryStringsAsync(Db is SqliteTestDatabase
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
            : "SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema()");

        Assert.Contains("ix_events_date", indexes);
    }
}
