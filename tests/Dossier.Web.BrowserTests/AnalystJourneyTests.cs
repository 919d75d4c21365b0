using System.Text.RegularExpressions;
using Dossier.Web.BrowserTests.PageObjects;
using Dossier.Web.BrowserTests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.BrowserTests;

/// <summary>An analyst's day in real Chromium: upload, correct, merge and split, each checked on the page.</summary>
public sealed class AnalystJourneyTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Upload_ShowsTheReportsIncident() => InPageAsync(nameof(Upload_ShowsTheReportsIncident), async page =>
    {
        var overview = await new SignInPage(page).SignInAsync("analyst", BrowserAppFixture.Password);
        var upload = await overview.GoToUploadAsync();
        // A sample report the fixture did not ingest: the upload runs the same checks and extraction as `dossier ingest`.
        var sample = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples", "reports"), "*.txt").Order().Skip(20).First();
        var name = Path.GetFileName(sample);
        await upload.UploadAsync(name, await File.ReadAllTextAsync(sample));

        await Assertions.Expect(upload.Result(name)).ToContainTextAsync("added");
        await ScreenshotAsync(page, "upload-result");
        var incident = await upload.OpenFirstIncidentAsync(name);
        await Assertions.Expect(incident.Heading).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).Not.ToHaveCountAsync(0);

        // The same file again is refused with the CLI's duplicate message.
        upload = await overview.GoToUploadAsync();
        await upload.UploadAsync(name, await File.ReadAllTextAsync(sample));
        await Assertions.Expect(upload.Result(name)).ToContainTextAsync("duplicate of");
    });

    [Fact]
    public Task CorrectCount_ShowsNewClaim_NewShownValue_AndAuditEntry() => InPageAsync(nameof(CorrectCount_ShowsNewClaim_NewShownValue_AndAuditEntry), async page =>
    {
        await new SignInPage(page).SignInAsync("analyst", BrowserAppFixture.Password);
        var id = (await (await IncidentListPage.OpenAsync(page)).IdsAsync())[0];
        var incident = await IncidentPage.OpenAsync(page, id);
        var note = "hospital list, checked " + Guid.NewGuid().ToString("N")[..6];

        await incident.CorrectAsync("Killed", "9", note);

        await Assertions.Expect(incident.Flash).ToContainTextAsync("Correction recorded");
        await Assertions.Expect(incident.Shown("count.killed")).ToHaveTextAsync("9");
        var claim = incident.Field("count.killed").GetByRole(AriaRole.Row).Filter(new() { HasText = note });
        await Assertions.Expect(claim).ToContainTextAsync("analyst");
        await Assertions.Expect(claim).ToContainTextAsync("confirmed");
        await ScreenshotAsync(page, "incident-after-correction");

        await page.GotoAsync("/Audit");
        var entry = page.GetByRole(AriaRole.Row).Filter(new() { HasText = note });
        await Assertions.Expect(entry).ToContainTextAsync("correct");
        await Assertions.Expect(entry).ToContainTextAsync("analyst");
    });

    [Fact]
    public Task MergeTwoIncidents_ThenSplitThemAgain() => InPageAsync(nameof(MergeTwoIncidents_ThenSplitThemAgain), async page =>
    {
        await new SignInPage(page).SignInAsync("analyst", BrowserAppFixture.Password);
        var ids = await (await IncidentListPage.OpenAsync(page)).IdsAsync();
        var (survivor, other) = (ids[^1], ids[^2]);
        var incident = await IncidentPage.OpenAsync(page, survivor);

        await incident.MergeAsync(other);
        await Assertions.Expect(incident.Flash).ToContainTextAsync($"#{other} merged into #{survivor}");
        await Assertions.Expect(page.GetByText($"Merged from #{other}")).ToBeVisibleAsync();
        await page.GotoAsync($"/Incidents/{other}");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Incidents/{survivor}$"));
        await ScreenshotAsync(page, "incident-after-merge");

        await incident.SplitButton.ClickAsync();
        await Assertions.Expect(incident.Flash).ToContainTextAsync($"#{other} stands alone again");
        await page.GotoAsync($"/Incidents/{other}");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Incidents/{other}$"));
    });

    [Fact]
    public Task ReportViewer_ClickingAHighlight_ShowsTheClaimItSupports() => InPageAsync(nameof(ReportViewer_ClickingAHighlight_ShowsTheClaimItSupports), async page =>
    {
        await new SignInPage(page).SignInAsync("viewer", BrowserAppFixture.Password);
        await page.GotoAsync("/Reports");
        await page.Locator("table.list tbody tr a").First.ClickAsync();
        var mark = page.Locator("mark[data-claim]").First;
        var quoted = (await mark.TextContentAsync())!;

        await mark.ClickAsync();

        var panel = page.Locator("#claim-panel");
        await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Open incident #\\d+$") })).ToBeVisibleAsync();
        await Assertions.Expect(mark).ToHaveClassAsync(new Regex("selected"));
        Assert.False(string.IsNullOrWhiteSpace(quoted));
        await ScreenshotAsync(page, "report-claim-panel");
    });
}
