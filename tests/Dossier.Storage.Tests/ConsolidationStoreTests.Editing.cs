using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Text.Model;
using static Dossier.Storage.Tests.ConsolidationReports;

namespace Dossier.Storage.Tests;

public sealed partial class ConsolidationStoreTests
{
    private const string Undated = "Residents said 50 people were killed at Camp Ashraf in the raid.";

    private static ExtractionResult ExtractUndated(string t) => Result(Event(t, "killing", null, "Camp Ashraf", "IQ", ("killed", 50, "50")));

    [Fact]
    public async Task Merge_ForwardsTheMergedId_AndUndoRestoresIt()
    {
        await using var reports = await OpenAsync();
        await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        await reports.IngestAsync("u.txt", "Rights Monitor", Undated, ExtractUndated);
        var ids = (await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Select(i => i.Id).Order().ToList();
        Assert.Equal(2, ids.Count);
        var (survivor, merged) = (ids[0], ids[1]);

        long linkId;
        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            linkId = await writer.MergeIncidentsAsync(survivor, merged, "same raid", None);
            await writer.CommitAsync(None);
        }

        var forwarded = (await reports.Store.GetIncidentAsync(merged, None))!;
        Assert.Equal((survivor, merged), (forwarded.Id, forwarded.RequestedId));
        Assert.Equal([merged], forwarded.MergedFrom);
        Assert.Equal(new Core.Domain.CountRange(50, 52), forwarded.Shown.Single(s => s.Field == "count.killed").LowHigh);
        Assert.Equal([survivor], (await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Select(i => i.Id));

        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            Assert.Equal(merged, await writer.UndoLinkAsync(linkId, None));
            await writer.CommitAsync(None);
        }

        Assert.Equal(merged, (await reports.Store.GetIncidentAsync(merged, None))!.Id);
        Assert.Equal(ids, (await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Select(i => i.Id).Order());
        Assert.Equal(new Core.Domain.CountRange(52, 52), (await reports.Store.GetIncidentAsync(survivor, None))!.Shown.Single(s => s.Field == "count.killed").LowHigh);
        Assert.True((await reports.Store.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task MergeChain_ForwardsThroughEveryStep()
    {
        await using var reports = await OpenAsync();
        await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        await reports.IngestAsync("u.txt", "Rights Monitor", Undated, ExtractUndated);
        const string third = "Another account gives 49 dead at Camp Ashraf.";
        await reports.IngestAsync("t.txt", "Third Voice", third, t => Result(Event(t, "killing", null, "Camp Ashraf", "IQ", ("killed", 49, "49"))));
        var ids = (await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Select(i => i.Id).Order().ToList();

        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            await writer.MergeIncidentsAsync(ids[1], ids[2], "same", None);
            await writer.MergeIncidentsAsync(ids[0], ids[1], "same", None);
            await writer.CommitAsync(None);
        }

        var record = (await reports.Store.GetIncidentAsync(ids[2], None))!;
        Assert.Equal(ids[0], record.Id);
        Assert.Equal(new Core.Domain.CountRange(49, 52), record.Shown.Single(s => s.Field == "count.killed").LowHigh);
    }

    [Fact]
    public async Task UndoOfAnAutomaticJoin_MovesThatReportsClaimsToANewIncident()
    {
        await using var reports = await OpenAsync();
        var a = await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        var b = await reports.IngestAsync("b.txt", "Government Office", ReportB, ExtractB);
        var incident = Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None));
        var join = (await reports.Store.GetIncidentAsync(incident.Id, None))!.Links.Single(l => l.Kind == IncidentLink.Joined);
        Assert.Equal(b, join.SourceId);

        long restored;
        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            restored = await writer.UndoLinkAsync(join.Id, None);
            await writer.CommitAsync(None);
        }

        var original = (await reports.Store.GetIncidentAsync(incident.Id, None))!;
        var split = (await reports.Store.GetIncidentAsync(restored, None))!;
        Assert.NotEqual(incident.Id, restored);
        Assert.All(original.Claims, c => Assert.Equal(a, c.SourceId));
        Assert.All(split.Claims, c => Assert.Equal(b, c.SourceId));
        Assert.Equal("Camp Ashraf", split.Summary.Place);
        Assert.True(original.Links.Single(l => l.Id == join.Id).Undone);
        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.UndoLinkAsync(join.Id, None));
        }
    }

    [Fact]
    public async Task SplitByClaims_MovesOnlyThoseClaims()
    {
        await using var reports = await OpenAsync();
        await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        var id = Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Id;
        var claims = (await reports.Store.GetIncidentAsync(id, None))!.Claims;
        var moving = claims.Where(c => c.Field is "count.abducted").Select(c => c.Id).ToList();

        long created;
        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            created = await writer.SplitClaimsAsync(id, moving, "hostage-taking is a separate incident", None);
            await writer.CommitAsync(None);
        }

        Assert.Equal(moving, (await reports.Store.GetIncidentAsync(created, None))!.Claims.Select(c => c.Id));
        Assert.DoesNotContain((await reports.Store.GetIncidentAsync(id, None))!.Claims, c => moving.Contains(c.Id));
        var audit = await reports.Store.ReadAuditAsync("claim", moving[0].ToString(System.Globalization.CultureInfo.InvariantCulture), 10, None);
        Assert.Equal(["add", "move"], audit.Select(x => x.Action));
    }
}
