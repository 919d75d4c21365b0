using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dossier.Web.Data;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>What analysts' actions do to the record, seen through the JSON API: corrections, merge and split, audit.</summary>
public sealed class ReviewActionTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Correction_AddsConfirmedClaim_AndBecomesShownValue_AndIsAudited()
    {
        var analyst = await app.ClientAsync("analyst");
        var before = await GetIncidentAsync(analyst, app.Records.IncidentId);
        var killedBefore = before.Fields.Single(f => f.Field == "count.killed");
        Assert.True(killedBefore.Disagreement); // 12 and 15 from two publishers
        Assert.Equal(("12", "15"), (killedBefore.Low, killedBefore.High));

        using var response = await analyst.PostAsJsonAsync($"/api/incidents/{app.Records.IncidentId}/corrections",
            new { field = "count.killed", value = "14", note = "hospital list seen" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await GetIncidentAsync(analyst, app.Records.IncidentId);
        var killed = after.Fields.Single(f => f.Field == "count.killed");
        Assert.Equal("14", killed.Shown);
        Assert.Equal(killedBefore.Claims.Count + 1, killed.Claims.Count); // the sources' claims stay
        var correction = killed.Claims.Single(c => c.Note == "hospital list seen");
        Assert.Equal(("analyst", "confirmed", (long?)null), (correction.RecordedBy, correction.Status, correction.SourceId));
        Assert.Equal(("12", "15"), (killed.Low, killed.High)); // the range still spans what the sources say

        var audit = await analyst.GetStringAsync("/Audit");
        Assert.Contains("hospital list seen", WebUtility.HtmlDecode(audit));
    }

    [Fact]
    public async Task Correction_WithBadCount_IsRefusedWithProblem()
    {
        var analyst = await app.ClientAsync("analyst");
        using var response = await analyst.PostAsJsonAsync($"/api/incidents/{app.Records.IncidentId}/corrections",
            new { field = "count.killed", value = "about a dozen", note = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("whole number", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Merge_ForwardsTheOtherId_AndSplitRestoresIt()
    {
        var analyst = await app.ClientAsync("analyst");
        var (survivor, other) = (app.Records.IncidentId, app.Records.OtherIncidentId);

        using (var merge = await analyst.PostAsJsonAsync($"/api/incidents/{survivor}/merge", new { other }))
            Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        var forwarded = await GetIncidentAsync(analyst, other);
        Assert.Equal(survivor, forwarded.Id);
        Assert.Contains(other, forwarded.MergedFrom);
        Assert.Contains(forwarded.Fields, f => f.Field == "type" && f.Claims.Any(c => c.Value == "attack"));

        using (var again = await analyst.PostAsJsonAsync($"/api/incidents/{survivor}/merge", new { other }))
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // already one

        using (var split = await analyst.PostAsync($"/api/incidents/{survivor}/split", null))
            Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var restored = await GetIncidentAsync(analyst, other);
        Assert.Equal(other, restored.Id);
        Assert.DoesNotContain(other, (await GetIncidentAsync(analyst, survivor)).MergedFrom);
    }

    private static async Task<IncidentDetail> GetIncidentAsync(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<IncidentDetail>($"/api/incidents/{id}", Json))!;
}
