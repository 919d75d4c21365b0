using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Dossier.Web.Data;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>What the read side returns for the sample record: filters, actors, reports and their originals.</summary>
public sealed class QueryTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("?type=killing", true)]
    [InlineData("?type=arrest", false)]
    [InlineData("?country=SY&from=2024-02-01&to=2024-03-31", true)]
    [InlineData("?from=2024-03-02", false)]
    [InlineData("?place=Hamra", true)]
    [InlineData("?actor=Security", true)]
    [InlineData("?q=market", true)]
    [InlineData("?q=volcano", false)]
    public async Task IncidentList_Filters(string query, bool listsTheIncident)
    {
        var viewer = await app.ClientAsync("viewer");
        var page = await viewer.GetFromJsonAsync<PagedList<IncidentSummary>>("/api/incidents" + query, Json);
        Assert.Equal(listsTheIncident, page!.Items.Any(i => i.Id == app.Records.IncidentId));
        Assert.Equal(page.Items.Count, page.Total);
    }

    [Fact]
    public async Task IncidentList_ShowsTheDisputedKilledFigure()
    {
        var viewer = await app.ClientAsync("viewer");
        var page = await viewer.GetFromJsonAsync<PagedList<IncidentSummary>>("/api/incidents?type=killing", Json);
        var incident = page!.Items.Single(i => i.Id == app.Records.IncidentId);
        Assert.True(incident.Disputed);
        Assert.Equal(2, incident.Reports);
    }

    [Fact]
    public async Task Actor_ListsTheIncidentsThatNameIt()
    {
        var viewer = await app.ClientAsync("viewer");
        var actor = await viewer.GetFromJsonAsync<ActorDetail>($"/api/actors/{app.Records.ActorId}", Json);
        Assert.Equal("Security forces", actor!.Actor.Name);
        Assert.Contains(actor.Incidents, i => i.Id == app.Records.IncidentId);
    }

    [Fact]
    public async Task Original_IsTheIngestedBytes_WithTheirSha256()
    {
        var viewer = await app.ClientAsync("viewer");
        using var response = await viewer.GetAsync($"/api/sources/{app.Records.SourceId}/original");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(SampleRecords.ReportA, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), response.Headers.GetValues("X-Content-SHA256").Single());
    }

    [Fact]
    public async Task Report_HighlightsPointAtTheTextTheyName()
    {
        var viewer = await app.ClientAsync("viewer");
        var report = await viewer.GetFromJsonAsync<ReportView>($"/api/sources/{app.Records.SourceId}", Json);
        Assert.NotEmpty(report!.Highlights);
        var killed = report.Highlights.Single(h => h.ClaimId == app.Records.KilledClaimId);
        Assert.Equal("12 people were killed", report.Text[killed.Start..killed.End]);
    }

    [Fact]
    public async Task Search_FindsReportsByTheirWords()
    {
        var viewer = await app.ClientAsync("viewer");
        var hits = await viewer.GetFromJsonAsync<List<SearchHit>>("/api/search?q=market", Json);
        Assert.Equal([app.Records.SourceId], hits!.Select(h => h.SourceId));
    }
}
