using System.Globalization;
using Dossier.Web.BrowserTests.PageObjects;
using Dossier.Web.BrowserTests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests;

/// <summary>Visits every page as an admin (and the sign-in and error pages) and saves a full-page screenshot of each.</summary>
public sealed class ScreenshotTourTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task EveryPage_Renders_AndIsScreenshot() => InPageAsync(nameof(EveryPage_Renders_AndIsScreenshot), async page =>
    {
        await page.GotoAsync("/Account/SignIn");
        await ScreenshotAsync(page, "00-sign-in");
        await new SignInPage(page).SignInAsync("admin", BrowserAppFixture.Password);

        var incident = (await (await IncidentListPage.OpenAsync(page)).IdsAsync())[0];
        await page.GotoAsync("/Reports");
        var report = await FirstIdAsync(page, "table.list tbody tr td:first-child");
        await page.GotoAsync("/Actors");
        var actorHref = await page.Locator("table.list tbody tr a").First.GetAttributeAsync("href");

        string[] pages =
        [
            "/", "/Incidents", $"/Incidents/{incident}", "/Reports", $"/Reports/{report}", "/Reports?q=killed", "/Actors", actorHref!,
            "/Places", "/Review", "/Upload", "/Demands", "/Audit", "/Admin/Users", "/Account/Tokens",
        ];
        var number = 1;
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 200, $"{path}: {response.Status}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var name = path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
            await ScreenshotAsync(page, $"{number++:00}-{(name.Length == 0 ? "overview" : name)}");
        }

        var missing = await page.GotoAsync("/Incidents/99999999");
        Assert.Equal(404, missing!.Status);
        await ScreenshotAsync(page, $"{number:00}-not-found");
    });

    private static async Task<long> FirstIdAsync(IPage page, string selector) =>
        long.Parse((await page.Locator(selector).First.TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);
}
