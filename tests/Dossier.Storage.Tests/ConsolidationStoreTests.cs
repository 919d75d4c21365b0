using Dossier.Core.Consolidation;
using Dossier.Core.Consolidation.Queries;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Sources;
using Dossier.Text.Model;
using static Dossier.Storage.Tests.ConsolidationReports;

namespace Dossier.Storage.Tests;

public sealed partial class ConsolidationStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string ReportA = "Security forces stormed the camp and killed 52 residents on 1 September. Seven were abducted.";
    private const string ReportB = "Officials said 47 people died at Ashraf when clashes broke out on 1 September.";
    private const string ReportC = "Six women and one man were taken hostage at Camp Ashraf in September.";

    private static ExtractionResult ExtractA(string t) => Result(
        Event(t, "killing", DateValue.Day(2013, 9, 1), "camp", "IQ", ("killed", 52, "52"), ("abducted", 7, "Seven")) with
        {
            Also = ["abduction"],
            Location = Name(t, "camp", "IQ") with { Name = "Camp Ashraf", Aliases = ["Ashraf"] },
            Perpetrators = [Name(t, "Security forces")],
        });

    private static ExtractionResult ExtractB(string t) => Result(
        Event(t, "killing", DateValue.Day(2013, 9, 1), "Ashraf", "IQ", ("killed", 47, "47")) with { Perpetrators = [Name(t, "clashes")] });

    private static ExtractionResult ExtractC(string t) => Result(
        Event(t, "abduction", DateValue.Month(2013, 9), "Camp Ashraf", "IQ", ("abducted", 7, "Six women and one man")));

    [Fact]
    public async Task ReportsOfOneIncident_BecomeOneIncident_WithEachSourcesFigureSideBySide()
    {
        await using var reports = await OpenAsync();
        var a = await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        var b = await reports.IngestAsync("b.txt", "Government Office", ReportB, ExtractB);
        var c = await reports.IngestAsync("c.txt", "Rights Monitor", ReportC, ExtractC);

        var incident = Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None));
        var record = (await reports.Store.GetIncidentAsync(incident.Id, None))!;

        Assert.Equal("killing", incident.Type);
        Assert.Equal("2013-09-01", incident.Date);
        Assert.Equal("Camp Ashraf", incident.Place);
        Assert.Equal(3, incident.Sources);
        var killed = record.Claims.Where(x => x.Field == "count.killed").OrderBy(x => x.SourceId).ToList();
        Assert.Equal([(a, "52", "52"), (b, "47", "47")], killed.Select(x => (x.SourceId!.Value, x.Display, x.Quote!)));
        var killedShown = record.Shown.Single(s => s.Field == "count.killed");
        Assert.Equal(new CountRange(47, 52), killedShown.LowHigh);
        Assert.True(killedShown.Disagreement);
        var abducted = record.Claims.Where(x => x.Field == "count.abducted").ToList();
        Assert.Equal([a, c], abducted.Select(x => x.SourceId!.Value).Order());
        Assert.Contains("Six women and one man", abducted.Select(x => x.Quote));
        var abductedShown = record.Shown.Single(s => s.Field == "count.abducted");
        Assert.Equal((ShownRule.Agreement, 2, false), (abductedShown.Rule, abductedShown.Support, abductedShown.Disagreement));
        Assert.Contains("perpetrator", incident.Disagreements);
        Assert.All(record.Links.Where(l => l.Kind == IncidentLink.Joined), l => Assert.Contains("type family", l.Reason));
        Assert.Equal(2, record.Links.Count(l => l.Kind == IncidentLink.Joined));
        Assert.True((await reports.Store.VerifyAsync(None)).IsIntact);
    }

    [Fact]
    public async Task SameDay_DifferentCamp_StaysTwoIncidents()
    {
        await using var reports = await OpenAsync();
        await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        const string other = "Gunmen killed 12 people at Camp Liberty on 1 September.";
        await reports.IngestAsync("l.txt", "Rights Monitor", other, t => Result(Event(t, "killing", DateValue.Day(2013, 9, 1), "Camp Liberty", "IQ", ("killed", 12, "12"))));

        var incidents = await reports.Store.ListIncidentsAsync(new IncidentFilter(), None);

        Assert.Equal(["Camp Ashraf", "Camp Liberty"], incidents.Select(i => i.Place).Order());
    }

    [Fact]
    public async Task CopiedPressRelease_CountsOnceAsCorroboration()
    {
        await using var reports = await OpenAsync();
        var body = ReportA + " " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"The statement continues with paragraph {i} about the camp."));
        await reports.IngestAsync("a.txt", "Resistance Press", body, ExtractA);
        await reports.IngestAsync("copy.txt", "Aggregator Site", "Republished: " + body, ExtractA);

        var incident = Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None));
        var record = (await reports.Store.GetIncidentAsync(incident.Id, None))!;

        Assert.Equal(2, incident.Sources);
        Assert.Equal(1, incident.IndependentSources);
        Assert.Equal(1, record.Shown.Single(s => s.Field == "count.killed").Support);
        Assert.NotNull(record.Claims.Single(x => x.Field == "count.killed" && x.SourceFile == "copy.txt").DuplicateOf);
    }

    [Fact]
    public async Task Actors_ResolveAcrossReports_ByAliasAndSurname()
    {
        await using var reports = await OpenAsync();
        const string first = "Forces under Nouri al-Maliki killed 52 at Camp Ashraf on 1 September.";
        const string second = "Maliki ordered the raid, in which the PMOI says 52 died, on 1 September at Camp Ashraf.";
        await reports.IngestAsync("1.txt", "Outlet One", first, t => Result(
            Event(t, "killing", DateValue.Day(2013, 9, 1), "Camp Ashraf", "IQ", ("killed", 52, "52")) with { Perpetrators = [Name(t, "Nouri al-Maliki")] }) with
        {
            Entities = [new Entity(0, EntityType.Person, "Nouri al-Maliki") { Mentions = [Span(t, "Nouri al-Maliki")] },
                new Entity(1, EntityType.Organization, "People's Mojahedin Organization of Iran") { Aliases = ["PMOI", "MEK"] }],
        });
        await reports.IngestAsync("2.txt", "Outlet Two", second, t => Result(
            Event(t, "killing", DateValue.Day(2013, 9, 1), "Camp Ashraf", "IQ", ("killed", 52, "52")) with { Perpetrators = [Name(t, "Maliki") with { EntityId = 0 }] }) with
        {
            Entities = [new Entity(0, EntityType.Person, "Maliki") { Mentions = [Span(t, "Maliki")] },
                new Entity(1, EntityType.Organization, "Mujahedin-e-Khalq")],
        });

        var maliki = Assert.Single(await reports.Store.ListActorsAsync("maliki", None));
        var mek = Assert.Single(await reports.Store.ListActorsAsync("khalq", None));
        var incident = Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter { Actor = "Nuri Maliki" }, None));
        var record = (await reports.Store.GetIncidentAsync(incident.Id, None))!;

        Assert.Equal("Nouri al-Maliki", maliki.Name);
        Assert.Contains("Maliki", maliki.Aliases);
        Assert.Equal(1, maliki.Incidents);
        Assert.Equal("People's Mojahedin Organization of Iran", mek.Name);
        Assert.Contains("PMOI", mek.Aliases);
        Assert.Equal(ShownRule.Agreement, record.Shown.Single(s => s.Field == "perpetrator").Rule);
    }

    [Fact]
    public async Task BareSurname_WithTwoPeopleOnRecord_StaysUnresolved()
    {
        await using var reports = await OpenAsync();
        const string first = "Maryam Rajavi and Saleh Rajavi spoke.";
        const string second = "Rajavi called for protection.";
        await reports.IngestAsync("1.txt", "Outlet One", first, t => Result() with
        {
            Entities = [new Entity(0, EntityType.Person, "Maryam Rajavi"), new Entity(1, EntityType.Person, "Saleh Rajavi")],
        });
        await reports.IngestAsync("2.txt", "Outlet Two", second, t => Result() with
        {
            Demands = [new ExtractedDemand(Name(t, "Rajavi"), "protection", Span(t, second))],
        });

        var demand = Assert.Single(await reports.Store.ListDemandsAsync(null, None));

        Assert.Equal(2, (await reports.Store.ListActorsAsync("rajavi", None)).Count);
        Assert.Equal("Rajavi", demand.By);
        Assert.Null(demand.ByActorId);
        Assert.Equal(second, demand.Quote);
    }

    [Fact]
    public async Task PublisherGrade_DecidesATie()
    {
        await using var reports = await OpenAsync();
        await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);
        await reports.IngestAsync("b.txt", "Government Office", ReportB, ExtractB);
        var id = Assert.Single(await reports.Store.ListIncidentsAsync(new IncidentFilter(), None)).Id;
        var before = (await reports.Store.GetIncidentAsync(id, None))!.Shown.Single(s => s.Field == "count.killed");

        await using (var writer = await reports.Store.BeginWriteAsync("analyst", None))
        {
            await writer.GradePublisherAsync("Government Office", SourceReliability.B, None);
            await writer.CommitAsync(None);
        }

        var after = (await reports.Store.GetIncidentAsync(id, None))!.Shown.Single(s => s.Field == "count.killed");
        Assert.Equal((ShownRule.Reliability, "52"), (before.Rule, ClaimValues.Display(before.Value!)));
        Assert.Equal((ShownRule.Reliability, "47"), (after.Rule, ClaimValues.Display(after.Value!)));
        Assert.Equal("B", await reports.Store.GetPublisherGradeAsync("government office", None));
    }

    [Fact]
    public async Task Extraction_IsStored_WithMentionsWhoseSpansAreTheirText()
    {
        await using var reports = await OpenAsync();
        await reports.IngestAsync("a.txt", "Resistance Press", ReportA, ExtractA);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={reports.Store.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.kind, m.span_start, m.span_end, m.value, x.pipeline_version FROM mentions m JOIN extractions x ON x.id = m.extraction_id ORDER BY m.id";
        var mentions = new List<(string Kind, string Text, string? Value, string Pipeline)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                mentions.Add((reader.GetString(0), ReportA[reader.GetInt32(1)..reader.GetInt32(2)], reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
            }
        }

        Assert.Contains(("quantity", "52", (string?)"52", Pipeline), mentions);
        Assert.Contains(("quantity", "Seven", (string?)"7", Pipeline), mentions);
    }
}

