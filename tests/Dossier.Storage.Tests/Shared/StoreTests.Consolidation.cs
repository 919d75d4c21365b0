using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;
using Dossier.Text.Model;
using static Dossier.Storage.Tests.ConsolidationReports;
using static Dossier.Storage.Tests.Shared.ConsolidationScenario;

namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    [StoreFact]
    public async Task Consolidation_ReportsOfOneIncident_BecomeOneIncident_WithEachFigureAndItsQuote()
    {
        var store = await OpenAsync();
        var a = await IngestConsolidatingAsync(store, TimeProvider.System, "a.txt", "Resistance Press", RaidReport, RaidExtraction);
        var b = await IngestConsolidatingAsync(store, TimeProvider.System, "b.txt", "Government Office", OfficialReport, OfficialExtraction);

        var incident = Assert.Single(await store.ListIncidentsAsync(new IncidentFilter(), None));
        var record = (await store.GetIncidentAsync(incident.Id, None))!;

        Assert.Equal(("killing", "2013-09-01", "Camp Ashraf", 2), (incident.Type, incident.Date, incident.Place, incident.Sources));
        var killed = record.Claims.Where(c => c.Field == "count.killed").OrderBy(c => c.SourceId).Select(c => (c.SourceId!.Value, c.Quote)).ToList();
        Assert.Equal([(a, "52"), (b, "47")], killed);
        Assert.Equal(new CountRange(47, 52), record.Shown.Single(s => s.Field == "count.killed").LowHigh);
        Assert.Single(await store.ListIncidentsAsync(new IncidentFilter { Type = "abduction" }, None));
        Assert.Single(await store.ListIncidentsAsync(new IncidentFilter { From = new DateOnly(2013, 8, 1), To = new DateOnly(2013, 9, 30), Country = "IQ" }, None));
        Assert.Empty(await store.ListIncidentsAsync(new IncidentFilter { From = new DateOnly(2014, 1, 1) }, None));
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [StoreFact]
    public async Task Consolidation_CopiedReport_IsFingerprintedAsADuplicate()
    {
        var store = await OpenAsync();
        var body = RaidReport + " " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"The statement continues with paragraph {i} about the camp."));
        await IngestConsolidatingAsync(store, TimeProvider.System, "a.txt", "Resistance Press", body, RaidExtraction);
        await IngestConsolidatingAsync(store, TimeProvider.System, "copy.txt", "Aggregator Site", "Republished: " + body, RaidExtraction);

        var incident = Assert.Single(await store.ListIncidentsAsync(new IncidentFilter(), None));

        Assert.Equal((2, 1), (incident.Sources, incident.IndependentSources));
        var record = (await store.GetIncidentAsync(incident.Id, None))!;
        Assert.NotNull(record.Claims.First(c => c.SourceFile == "copy.txt").DuplicateOf);
    }

    [StoreFact]
    public async Task Consolidation_ActorsAndPlaces_AreFoundByAnyPartOfAName()
    {
        var store = await OpenAsync();
        await IngestConsolidatingAsync(store, TimeProvider.System, "a.txt", "Resistance Press", RaidReport, RaidExtraction);

        Assert.Equal("Camp Ashraf", Assert.Single(await store.ListPlacesAsync("ashraf", None)).Name);
        Assert.Single(await store.ListActorsAsync("security", None));
        Assert.Empty(await store.ListActorsAsync("police", None));
        Assert.NotEmpty(await store.ListActorsAsync(null, None));
        Assert.Single(await store.ListIncidentsAsync(new IncidentFilter { Place = "Ashraf" }, None));
        Assert.Single(await store.TimelineAsync(null, "Ashraf", None));
    }

    [StoreFact]
    public async Task Consolidation_Demands_AreListedAllOrByStatus()
    {
        var store = await OpenAsync();
        const string text = "The committee called on the authorities to release the detainees.";
        await IngestConsolidatingAsync(store, TimeProvider.System, "d.txt", "Rights Monitor", text, t => Result() with
        {
            Demands = [new ExtractedDemand(Name(t, "The committee"), "release the detainees", Span(t, text))],
        });

        var demand = Assert.Single(await store.ListDemandsAsync(null, None));

        Assert.Equal(("The committee", "release the detainees", text, "d.txt"), (demand.By, demand.What, demand.Quote, demand.SourceFile));
        Assert.Single(await store.ListDemandsAsync(demand.Status, None));
        Assert.Empty(await store.ListDemandsAsync("rejected", None));
    }

    [StoreFact]
    public async Task Consolidation_MergeForwards_AndUndoRestores()
    {
        var store = await OpenAsync();
        await IngestConsolidatingAsync(store, TimeProvider.System, "a.txt", "Resistance Press", RaidReport, RaidExtraction);
        await IngestConsolidatingAsync(store, TimeProvider.System, "u.txt", "Rights Monitor", UndatedReport, UndatedExtraction);
        var ids = (await store.ListIncidentsAsync(new IncidentFilter(), None)).Select(i => i.Id).Order().ToList();
        Assert.Equal(2, ids.Count);

        long link;
        await using (var writer = await store.BeginWriteAsync("analyst", None))
        {
            link = await writer.MergeIncidentsAsync(ids[0], ids[1], "same raid", None);
            await writer.CommitAsync(None);
        }

        var forwarded = (await store.GetIncidentAsync(ids[1], None))!;
        Assert.Equal(ids[0], forwarded.Id);
        Assert.Equal(new CountRange(50, 52), forwarded.Shown.Single(s => s.Field == "count.killed").LowHigh);

        await using (var writer = await store.BeginWriteAsync("analyst", None))
        {
            Assert.Equal(ids[1], await writer.UndoLinkAsync(link, None));
            await writer.CommitAsync(None);
        }

        Assert.Equal(ids, (await store.ListIncidentsAsync(new IncidentFilter(), None)).Select(i => i.Id).Order());
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [StoreFact]
    public async Task Consolidation_SplitMovesOnlyTheChosenClaims_AndGradesDecideTies()
    {
        var store = await OpenAsync();
        await IngestConsolidatingAsync(store, TimeProvider.System, "a.txt", "Resistance Press", RaidReport, RaidExtraction);
        var id = Assert.Single(await store.ListIncidentsAsync(new IncidentFilter(), None)).Id;
        var moving = (await store.GetIncidentAsync(id, None))!.Claims.Where(c => c.Field == "count.abducted").Select(c => c.Id).ToList();

        long created;
        await using (var writer = await store.BeginWriteAsync("analyst", None))
        {
            created = await writer.SplitClaimsAsync(id, moving, "a separate hostage-taking", None);
            await writer.GradePublisherAsync("Resistance Press", SourceReliability.C, None);
            await writer.CommitAsync(None);
        }

        Assert.Equal(moving, (await store.GetIncidentAsync(created, None))!.Claims.Select(c => c.Id));
        Assert.DoesNotContain((await store.GetIncidentAsync(id, None))!.Claims, c => moving.Contains(c.Id));
        Assert.Equal("C", await store.GetPublisherGradeAsync("resistance press", None));
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }

    [StoreFact]
    public async Task Consolidation_Reextract_SupersedesTheOldReading_AndKeepsTheIncident()
    {
        var store = await OpenAsync();
        await IngestConsolidatingAsync(store, TimeProvider.System, "a.txt", "Resistance Press", RaidReport, RaidExtraction);
        var before = Assert.Single(await store.ListIncidentsAsync(new IncidentFilter(), None));

        // A newer pipeline reads the same report as 53 killed.
        const string pipeline = "test-pipeline@2.0";
        var upgraded = new ConsolidationProcessor(
            (t, _) => Result(Event(t, "killing", DateValue.Day(2013, 9, 1), "camp", "IQ", ("killed", 53, "52")) with
            {
                Location = Name(t, "camp", "IQ") with { Name = "Camp Ashraf" },
            }) with { Pipeline = pipeline },
            TimeProvider.System);
        var service = new ReextractService(store, upgraded, pipeline);

        Assert.Equal((1, 0), await service.RunAsync(force: false, None));
        Assert.Equal((0, 1), await service.RunAsync(force: false, None));

        var after = (await store.GetIncidentAsync(before.Id, None))!;
        Assert.Equal(before.Id, Assert.Single(await store.ListIncidentsAsync(new IncidentFilter(), None)).Id);
        Assert.All(after.Claims.Where(c => c.RecordedBy == Pipeline), c => Assert.Equal(ClaimStatus.Superseded, c.Status));
        Assert.Equal("53", after.Shown.Single(s => s.Field == "count.killed").Display);
        Assert.Equal(pipeline, Assert.Single(await store.ListLatestDocumentsAsync(None)).Pipeline);
        Assert.True((await store.VerifyAsync(None)).IsIntact);
    }
}
