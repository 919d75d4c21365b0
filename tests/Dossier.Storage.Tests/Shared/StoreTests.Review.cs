namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    // Incidents and extracted claims are written by consolidation; here they are put in directly,
    // as plain rows of the shared schema, so that the review writes can be tested on their own.
    private async Task SeedIncidentWithClaimsAsync()
    {
        await Db.ExecuteAsync("INSERT INTO events (type, created_at, updated_at) VALUES ('killing', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
        await Db.ExecuteAsync(
            """
            INSERT INTO claims (event_id, field, value_json, recorded_by, created_at) VALUES
                (1, 'count.killed', '12', 'extractor@1', '2024-01-01T00:00:00Z'),
                (1, 'count.killed', '14', 'extractor@1', '2024-01-01T00:00:00Z')
            """);
    }

    [StoreFact]
    public async Task Review_VerdictOnAClaim_ChangesItsStatusAndIsAudited()
    {
        var store = await OpenAsync();
        await SeedIncidentWithClaimsAsync();

        await using (var writer = await store.BeginWriteAsync("amira", None))
        {
            Assert.True(await writer.ReviewClaimAsync(2, "confirmed", None));
            Assert.False(await writer.ReviewClaimAsync(99, "confirmed", None));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => writer.ReviewClaimAsync(1, "maybe", None));
            await writer.CommitAsync(None);
        }

        Assert.Equal(["proposed", "confirmed"], await Db.QueryStringsAsync("SELECT status FROM claims ORDER BY id"));
        var audit = Assert.Single(await store.ReadAuditAsync("claim", "2", 10, None));
        Assert.Equal(("confirm", "amira"), (audit.Action, audit.Actor));
    }

    [StoreFact]
    public async Task Review_VerdictOnAnIncident_BumpsItsVersion()
    {
        var store = await OpenAsync();
        await SeedIncidentWithClaimsAsync();

        await using (var writer = await store.BeginWriteAsync("amira", None))
        {
            Assert.True(await writer.ReviewIncidentAsync(1, "rejected", None));
            await writer.CommitAsync(None);
        }

        Assert.Equal(["rejected 2"], await Db.QueryStringsAsync("SELECT status || ' ' || CAST(version AS TEXT) FROM events"));
        Assert.Equal("reject", Assert.Single(await store.ReadAuditAsync("incident", "1", 10, None)).Action);
    }

    [StoreFact]
    public async Task Review_Correction_IsANewConfirmedClaim_AndTheOldOnesStay()
    {
        var store = await OpenAsync();
        await SeedIncidentWithClaimsAsync();

        long id;
        await using (var writer = await store.BeginWriteAsync("amira", None))
        {
            id = await writer.AddCorrectionAsync(1, "count.killed", "13", "hospital list", None);
            await writer.CommitAsync(None);
        }

        Assert.Equal(3, id);
        Assert.Equal(["12 proposed extractor@1", "14 proposed extractor@1", "13 confirmed amira"],
            await Db.QueryStringsAsync("SELECT value_json || ' ' || status || ' ' || recorded_by FROM claims ORDER BY id"));
        var audit = Assert.Single(await store.ReadAuditAsync("claim", "3", 10, None));
        Assert.Contains("12", audit.BeforeJson);
        Assert.Contains("14", audit.BeforeJson);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }
}
