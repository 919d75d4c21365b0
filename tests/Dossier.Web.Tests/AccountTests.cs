using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>Sign-in, lockout, anti-forgery and API tokens, against the running app.</summary>
public sealed partial class AccountTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task SignIn_WithRightPassword_SetsCookie_AndRedirectsHome()
    {
        using var client = app.NewClient();
        using var response = await WebAppFixture.SignInAsync(client, "viewer", WebAppFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_LocksAccount_AfterFiveFailures_EvenForTheRightPassword()
    {
        {
            var admin = await app.ClientAsync("admin");
            var token = await WebAppFixture.AntiforgeryTokenAsync(admin, "/Admin/Users");
            using var add = await admin.PostAsync("/Admin/Users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = "lockme", ["role"] = "Viewer", ["password"] = "the right password", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        }

        using var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await WebAppFixture.SignInAsync(client, "lockme", "wrong password " + i)).StatusCode);
        using var locked = await WebAppFixture.SignInAsync(client, "lockme", "the right password");
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var analyst = await app.ClientAsync("analyst");
        using var response = await analyst.PostAsync($"/Incidents/{app.Records.IncidentId}?handler=Confirm", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiToken_ActsWithOwnersRole_AndStopsWorkingWhenRevoked()
    {
        var viewer = await app.ClientAsync("viewer");
        var page = await viewer.PostAsync("/Account/Tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "report script", ["__RequestVerificationToken"] = await WebAppFixture.AntiforgeryTokenAsync(viewer, "/Account/Tokens"),
        }));
        var html = await page.Content.ReadAsStringAsync();
        var secret = NewToken().Match(html).Groups[1].Value;
        Assert.StartsWith("dsr_", secret);

        using var script = app.NewClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.PostAsync($"/api/incidents/{app.Records.IncidentId}/confirm", null)).StatusCode);

        var tokenId = TokenId().Match(await viewer.GetStringAsync("/Account/Tokens")).Groups[1].Value;
        using var revoke = await viewer.PostAsync("/Account/Tokens?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["tokenId"] = tokenId, ["__RequestVerificationToken"] = await WebAppFixture.AntiforgeryTokenAsync(viewer, "/Account/Tokens"),
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task ApiToken_ThatWasNeverIssued_IsUnauthorized()
    {
        using var script = app.NewClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dsr_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/incidents")).StatusCode);
    }

    [GeneratedRegex("data-testid=\"new-token\">([^<]+)<", RegexOptions.NonBacktracking)]
    private static partial Regex NewToken();

    [GeneratedRegex("name=\"tokenId\" value=\"(\\d+)\"", RegexOptions.NonBacktracking)]
    private static partial Regex TokenId();
}
