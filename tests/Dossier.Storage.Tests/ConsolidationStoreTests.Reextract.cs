using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;
using Dossier.Text.Model;
using static Dossier.Storage.Tests.ConsolidationReports;

namespace Dossier.Storage.Tests;

public sealed partial class ConsolidationStoreTests
{
    [Fact]
    public async Task Reextract_SupersedesOlderExtractorClaims_KeepsAnalystsClaimsAndTheIncidentId()
    {
        await using var reports = await OpenAsync();
        var source = await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        var before = (await reports.Store.GetIncidentAsync(Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Id, None))!;
        await using (var writer = await reports.Store.BeginWriteAsync("alice", None))
        {
            var analyst = new Claim(0, before.Id, "count.injured", ClaimValues.Count(CountRange.Exact(12)), null, "alice") { Status = ClaimStatus.Confirmed };
            await writer.AddClaimAsync(analyst, before.Links[0].Id, null, null, None);
            await writer.CommitAsync(None);
        }

        // Pipeline 2.0 reads the same report differently: 53 killed.
        reports.PipelineId = "test-pipeline@2.0";
        await reports.IngestAsync("other.txt", "Rights Monitor", ReportC, ExtractC);
        var upgraded = new Func<string, ExtractionResult>(t => Result(
            Event(t, "killing", DateValue.Day(2013, 9, 1), "camp", "IQ", ("killed", 53, "52")) with
            {
                Location = Name(t, "camp", "IQ") with { Name = "Camp Ashraf" },
            }));
        var service = new ReextractService(reports.Store, reports.ProcessorFor(ReportA, upgraded), reports.PipelineId);

        var first = await service.RunAsync(force: false, None);
        var second = await service.RunAsync(force: false, None);

        var after = (await reports.Store.GetIncidentAsync(before.Id, None))!;
        Assert.Equal((1, 1), first);   // a.txt re-read; other.txt was already read by 2.0
        Assert.Equal((0, 2), second);
        Assert.Equal(before.Id, Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Id);
        var fromA = after.Claims.Where(c => c.SourceId == source).ToList();
        Assert.All(fromA.Where(c => c.RecordedBy == Pipeline), c => Assert.Equal(ClaimStatus.Superseded, c.Status));
        Assert.Contains(fromA, c => c.RecordedBy == "test-pipeline@2.0" && c.Field == "count.killed" && c.Display == "53");
        Assert.Equal("53", after.Shown.Single(s => s.Field == "count.killed").Display);
        var injured = after.Shown.Single(s => s.Field == "count.injured");
        Assert.Equal((ShownRule.Analyst, "12"), (injured.Rule, injured.Display));
        Assert.True((await reports.Store.VerifyAsync(None)).IsIntact);
    }
}
