using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;

namespace Dossier.Storage.Tests;

/// <summary>End to end: real reports, the real pipeline, a real SQLite file.</summary>
public sealed partial class ConsolidationPipelineTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Seeds_CampAshrafKillings_AreOneIncident_WithEachReportsClaims()
    {
        if (ConsolidationCorpus.SeedsDirectory() is not { } seeds)
        {
            return; // ../shared is not present here
        }

        await using var db = new TempDatabase();
        var store = await db.OpenAsync();
        var files = Directory.EnumerateFiles(seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        await ConsolidationCorpus.IngestAsync(store, seeds, files!);

        var incidents = await store.ListIncidentsAsync(
            new IncidentFilter { From = new DateOnly(2013, 9, 1), To = new DateOnly(2013, 9, 1), Place = "Ashraf", Type = "killing" }, None);
        var incident = Assert.Single(incidents);
        var record = (await store.GetIncidentAsync(incident.Id, None))!;

        Assert.Equal("2013-09-01", incident.Date);
        Assert.Equal("Camp Ashraf", incident.Place);
        var reporting = record.Claims.Select(c => c.SourceFile![..3]).Distinct().Order().ToList();
        Assert.Equal(["000", "002", "003", "004"], reporting); // 001 does not mention the massacre
        var killed = record.Shown.Single(s => s.Field == "count.killed");
        Assert.Equal("52", killed.Display);
        Assert.Equal(["003", "004"], record.Claims.Where(c => c.Field == "count.killed" && c.Display == "52").Select(c => c.SourceFile![..3]).Order());
        var abducted = record.Shown.Single(s => s.Field == "count.abducted");
        Assert.Equal("7", abducted.Display);
        Assert.Contains("003", record.Claims.Where(c => c.Field == "count.abducted" && c.Display == "7").Select(c => c.SourceFile![..3]));
        Assert.Contains("004", record.Claims.Where(c => c.Field == "count.abducted" && c.Display == "7").Select(c => c.SourceFile![..3]));
        Assert.All(record.Claims.Where(c => ClaimFields.IsCount(c.Field)), c => Assert.False(string.IsNullOrEmpty(c.Quote)));

        // "Nouri al-Maliki" (000) and "Maliki" (004) are one person, named as perpetrator by both.
        var maliki = Assert.Single(await store.ListActorsAsync("Nouri al-Maliki", None), a => a.Kind == "person");
        Assert.Contains(record.Claims, c => c.Field == "perpetrator" && c.SourceFile!.StartsWith("000", StringComparison.Ordinal) && c.Value.Contains($"\"actor_id\":{maliki.Id}", StringComparison.Ordinal));
        Assert.Contains(record.Claims, c => c.Field == "perpetrator" && c.SourceFile!.StartsWith("004", StringComparison.Ordinal) && c.Value.Contains($"\"actor_id\":{maliki.Id}", StringComparison.Ordinal));
        var pmoi = Assert.Single(await store.ListActorsAsync("PMOI", None));
        Assert.Contains("MEK", pmoi.Aliases);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }
}
